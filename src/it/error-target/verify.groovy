// Invocation 1 generated from good.h (each wrapper matching its target), compiled and ran it, and
// snapshot the output (cp -p); invocation 2 added src/bad/drift.h, whose wrapper does not match
// its target, and failed (invoker.buildResult.2 = failure).
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/generated-sources/cowrap/block-gen.c')
def snapshot = new File(basedir, 'target/good-run/block-gen.c')

assert log.contains('ccrun: OK driver') : 'the first, good run did not compile and run its output'
assert snapshot.isFile() : 'the first run left no snapshot'
assert log =~ /\[INFO\] cowrap: 3 wrappers from 1 header .*; targets: 3 checked, 0 not found/ :
        'the first run did not count its targets'
assert snapshot.text.contains('int64_t bdrv_size(BlockDriverState *bs, void *opaque)')

// The mismatch: at the wrapper, naming the target, its place and what differs; printed once.
def mismatch = "[ERROR] src/bad/drift.h:2:16: error: bdrv_seek: does not match its target 'bdrv_co_seek'" +
        " declared at src/main/c/good.h:19:18: parameter 2: 'int' against 'int64_t'"
assert log.contains(mismatch) : "build.log lacks the mismatch: ${mismatch}"
assert log.readLines().count { it.contains("bdrv_seek: does not match") } == 1 :
        'the mismatch is printed more than once'
// the target declared nowhere is a warning beside it, not an error
assert log.contains("[WARNING] src/bad/drift.h:5:16: warning: bdrv_lost: its target 'bdrv_co_lost' is declared" +
        " in none of the parsed files")
assert log.readLines().findAll { it ==~ /\[ERROR\] src\/\S+:\d+:\d+: error: .*/ }.size() == 1
assert log.contains('1 problem in the headers (listed above); nothing was written')
assert log.contains('BUILD FAILURE')
log.readLines().findAll { it.startsWith('Caused by: ') }.each {
    assert it ==~ /Caused by: org\.apache\.maven\.plugin\.MojoFailureException: .*/ : "unexpected cause: ${it}"
}

// The failed run left the good run's output untouched: same bytes, same time stamp, no stray file.
assert out.bytes == snapshot.bytes : 'the failed run changed the output'
assert out.lastModified() == snapshot.lastModified() : 'the failed run rewrote the output'
assert out.parentFile.list().toList() == ['block-gen.c'] :
        "stray files next to the output: ${out.parentFile.list().toList()}"
assert !out.text.contains('bdrv_seek') : 'a wrapper of the failed run reached the output'
return true
