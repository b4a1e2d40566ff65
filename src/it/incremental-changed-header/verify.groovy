// A changed header is read again: same output -> untouched; new declaration -> regenerated.
def lines = new File(basedir, 'build.log').readLines().findAll { it.contains('cowrap: ') }
def out = new File(basedir, 'target/generated-sources/cowrap/block-gen.c')
assert lines.size() == 4 : lines.join('\n')

assert lines[0].contains('4 wrappers from 1 header') && lines[0].contains('written (no previous state)') : lines[0]
assert lines[1].contains('4 wrappers from 1 header') : lines[1]
assert lines[1].contains('unchanged (src/main/c/block/api.h changed)') : lines[1]
assert lines[2].contains('5 wrappers from 1 header') : lines[2]
assert lines[2].contains('written (src/main/c/block/api.h changed)') : lines[2]
assert lines[3].contains('cowrap: up to date (1 header') : lines[3]

// the last build left the output as the third wrote it
assert out.lastModified() == 946684800000L : "the up-to-date run touched the output: ${new Date(out.lastModified())}"
assert out.text.contains('int bdrv_check_image(BlockDriverState *bs, int fix)')
assert out.text.contains('bdrv_co_check_image(s->bs, s->fix)')
return true
