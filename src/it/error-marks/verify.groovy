// Invocation 1 generated from good.h, compiled and ran it, and snapshot the output (cp -p);
// invocation 2 added bad.h and a missing header and failed (invoker.buildResult.2 = failure).
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/generated-sources/cowrap/block-gen.c')
def snapshot = new File(basedir, 'target/good-run/block-gen.c')

assert log.contains('ccrun: OK driver') : 'the first, good run did not compile and run its output'
assert snapshot.isFile() : 'the first run left no snapshot'

// Every problem is reported, each with file:line:column and what is wrong.
def expected = [
    'src/bad/bad.h:8:5: error: unknown mark \'co_wrapper_bdrv_wrlock\'',
    'src/bad/bad.h:11:16: error: bdrv_co_read: a co wrapper\'s name must not contain \'_co_\'',
    'src/bad/bad.h:14:32: error: bdrv_write: a no_co wrapper\'s name must be SUBSYSTEM_co_NAME',
    'src/bad/bad.h:17:16: error: bdrv_log: a variadic function cannot be wrapped',
    'src/bad/bad.h:20:26: error: bdrv_seek: parameter 1 (\'BlockDriverState *\') has no name',
    'src/bad/bad.h:23:54: error: bdrv_status: parameter \'ret\' collides with a name the generated code uses',
    'src/bad/bad.h:26:5: error: bdrv_counter: the declaration marked \'co_wrapper\' does not declare a function',
    'src/bad/bad.h:29:5: error: bdrv_trim: cannot parse the declaration marked \'co_wrapper\'',
    'src/bad/bad.h:33:16: error: bdrv_sync: declared again with a different signature',
    'src/bad/missing.h:1:1: error: no such file',
]
expected.each {
    assert log.contains("[ERROR] ${it}") : "build.log lacks the error: ${it}"
}
def reported = log.readLines().findAll { it ==~ /\[ERROR\] src\/\S+:\d+:\d+: error: .*/ }.unique()
assert reported.size() == expected.size() :
        "expected ${expected.size()} distinct errors, found ${reported.size()}:\n${reported.join('\n')}"
assert log.contains('BUILD FAILURE')
// A user error, not a crash: the causes (shown because the invoker runs Maven with -e) are
// the mojo's failure and the core's error report, nothing else.
log.readLines().findAll { it.startsWith('Caused by: ') }.each {
    assert it ==~ /Caused by: (org\.apache\.maven\.plugin\.MojoFailureException|io\.github\.cowrap\.generate\.CowrapException): .*/ :
            "unexpected cause: ${it}"
}

// The failed run left the good run's output untouched: same bytes, same time stamp, no stray file.
assert out.bytes == snapshot.bytes : 'the failed run changed the output'
assert out.lastModified() == snapshot.lastModified() : 'the failed run rewrote the output'
assert out.parentFile.list().toList() == ['block-gen.c'] :
        "stray files next to the output: ${out.parentFile.list().toList()}"
assert !out.text.contains('bdrv_fine') : 'a wrapper of the failed run reached the output'
return true
