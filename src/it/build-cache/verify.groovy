// Four builds after clean under the build cache extension, each asserted from its part of build.log.
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/generated-sources/cowrap/block-gen.c')

// one part per build: each starts where the IT's pre-clean step names it
def parts = log.split(/(?m)^.*build-cache IT: build (?=\d+$)/).drop(1)
assert parts.size() == 4 : "four builds expected, found ${parts.size()}"
def build = { int n -> def p = parts[n - 1]; assert p.startsWith("${n}") : p.take(40); p }
def checksum = { String p -> (p =~ /checksum \[([0-9a-f]+)\] calculated/)[0][1] }
def generated = { String p -> p.readLines().findAll { it.contains('cowrap: ') && it.contains(' wrappers from ') } }
// the driver's closing line (Maven 4 prefixes an exec's output with "[INFO] [stdout] "): the number
// of checks passed, or null when it did not run or failed
def ran = { String p -> def m = p =~ /(?m)^(?:\[INFO\] \[stdout\] )?(\d+) passed, 0 failed$/; m.find() ? m.group(1) as int : null }

// 1: an empty cache, a miss: the generator runs, the result is saved
def b1 = build(1)
assert b1.contains("Local build was not found by checksum ${checksum(b1)}") : 'build 1: a miss'
assert generated(b1).size() == 1 && generated(b1)[0].contains('2 wrappers from 1 header') : generated(b1)
assert b1.contains('Saved Build to local file') : 'build 1 saved to the cache'
assert ran(b1) : 'build 1 compiled and ran the generated file'

// 2: nothing changed, a hit: the generated source restored, the generator not run, the C still compiled
def b2 = build(2)
assert checksum(b2) == checksum(b1)
assert b2.contains("Found cached build, restoring io.github.cowrap.it:build-cache from cache by checksum ${checksum(b1)}")
assert b2.contains('Skipping plugin execution (cached): cowrap:generate') : 'build 2: generator skipped'
assert generated(b2).isEmpty() : "build 2 ran the generator: ${generated(b2)}"
assert !b2.contains('Saved Build to local file') : 'a hit saves nothing'
assert ran(b2) == ran(b1) : 'build 2 compiled and ran the restored file, the same checks'

// 3: the header changed, a miss: the generator runs again and sees the new wrapper
def b3 = build(3)
assert checksum(b3) != checksum(b1) : 'a changed header changes the checksum'
assert b3.contains("Local build was not found by checksum ${checksum(b3)}") : 'build 3: a miss'
assert generated(b3).size() == 1 && generated(b3)[0].contains('3 wrappers from 1 header') : generated(b3)
assert ran(b3) == ran(b1) + 2 : "build 3 compiled and ran the new wrapper (2 checks more): ${ran(b3)}"

// 4: a parameter changed (macros), a miss: the #ifdef WITH_EXTRA wrapper is generated
def b4 = build(4)
assert ![checksum(b1), checksum(b3)].contains(checksum(b4)) : 'a changed parameter changes the checksum'
assert b4.contains("Local build was not found by checksum ${checksum(b4)}") : 'build 4: a miss'
assert generated(b4).size() == 1 && generated(b4)[0].contains('4 wrappers from 1 header') : generated(b4)
assert ran(b4) == ran(b3) + 2 : "build 4 compiled and ran the extra wrapper (2 checks more): ${ran(b4)}"

// what the last build left: its own output, and the three saved builds in the IT's cache
assert out.text.contains('int bdrv_extra(BlockDriverState *bs, int level)')
assert out.text.contains('int bdrv_trim(BlockDriverState *bs, int64_t bytes)')
def saved = 0
new File(basedir, 'build-cache').eachFileRecurse { if (it.name == 'buildinfo.xml') saved++ }
assert saved == 3 : "three builds saved in build-cache/, found ${saved}"
return true
