// The driver ran with the same definitions (exec-maven-plugin fails the build otherwise).
def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/cowrap/block-gen.c').text
def wrappers = (gen =~ /(?m)^ \* Wrappers for (\w+)$/).collect { it[1] }

assert log.contains('ccrun: OK driver') : 'the C driver did not run to its end'
assert log.contains('-DCONFIG_ZONED -DQUEUE_DEPTH=4') : 'gcc did not get the definitions'
// Selected: #ifdef CONFIG_ZONED, #if QUEUE_DEPTH >= 2, and the IT_ATTR declarations. Not selected:
// #else, #ifndef, #if 0, a mark in a comment or in a #define.
assert wrappers == ['bdrv_co_zone_report', 'bdrv_co_queue_deep', 'bdrv_co_hot', 'bdrv_tagged'] : "wrapped: ${wrappers}"
['no_zones', 'unzoned', 'queue_shallow', 'disabled', 'commented'].each {
    assert !gen.contains(it) : "${it} comes from a branch that is not selected"
}
return true
