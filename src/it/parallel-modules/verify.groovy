// The parallel build really ran in parallel, with no thread-safety warning, and gave the same bytes
// as the sequential one in every module; modules with the same configuration agree with each other.
def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 4') : 'not a -T 4 build'
assert !log.contains('not marked as @threadSafe') : 'the plugin must be thread-safe'
def lines = log.readLines().findAll { it.contains('cowrap: ') }
assert lines.size() == 20 : lines.join('\n')

def modules = (1..10).collect { String.format('m%02d', it) }
def outputs = [:]
modules.eachWithIndex { m, i ->
    def seq = new File(basedir, "${m}/target/seq/block-gen.c")
    def par = new File(basedir, "${m}/target/par/block-gen.c")
    assert seq.isFile() && par.isFile() : m
    assert seq.bytes == par.bytes : "${m}: the -T 4 output differs from the sequential one"
    boolean odd = (i % 2 == 0)  // m01, m03, ... define WITH_EXTRA
    assert seq.text.contains('bdrv_co_extra(') == odd : "${m}: another module's configuration leaked in"
    assert seq.text.contains(' *   ../headers/block-io.h\n') : "${m}: the banner shows relative paths"
    outputs.computeIfAbsent(odd, { [] }) << seq.bytes
}
outputs.each { odd, all -> all.each { assert it == all[0] : 'modules with the same configuration differ' } }
assert outputs[true][0] != outputs[false][0]
return true
