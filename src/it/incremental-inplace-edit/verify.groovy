// The in-place edit with the old time restored was seen: build 2 regenerated, build 3 was up to date.
def log = new File(basedir, 'build.log').text
def header = new File(basedir, 'src/main/c/api.h')
def out = new File(basedir, 'target/generated-sources/cowrap/block-gen.c')

def generated = log.readLines().findAll { it.contains('cowrap: 1 wrapper from 1 header') }
def upToDate = log.readLines().findAll { it.contains('cowrap: up to date') }
assert generated.size() == 2 : "two generating builds expected: ${generated}"
assert generated[0].contains('written (no previous state)') : generated[0]
assert generated[1].contains('written (src/main/c/api.h changed)') : generated[1]
assert upToDate.size() == 1 : upToDate

assert header.lastModified() == 978307200000L : 'the edit kept the old time'
assert header.length() == new File(basedir, 'edits/api.h').length()
assert out.text.contains('int bdrv_fluss(BlockDriverState *bs)')
assert !out.text.contains('bdrv_flush')
return true
