// The build failed (invoker.buildResult = failure); check it said where and why, and wrote nothing.
def log = new File(basedir, 'build.log').text

[
    'src/main/c/legacy-bad.h:4:30: error: bdrv_size: a generated_co_wrapper must return int',
    'src/main/c/legacy-bad.h:7:26: error: bdrv_open_opts: a generated_co_wrapper\'s first parameter must be one of BlockDriverState *, BdrvChild *, BlockBackend *',
    'src/main/c/legacy-bad.h:10:5: error: unknown mark \'co_wrapper_mixed\' for dialect \'qemu-legacy\'',
].each {
    assert log.contains("[ERROR] ${it}") : "build.log lacks the error: ${it}"
}
def reported = log.readLines().findAll { it ==~ /\[ERROR\] src\/\S+:\d+:\d+: error: .*/ }.unique()
assert reported.size() == 3 : "expected 3 distinct errors, found:\n${reported.join('\n')}"
assert !new File(basedir, 'target/generated-sources/cowrap/block-gen.c').exists() : 'a failed run wrote output'
return true
