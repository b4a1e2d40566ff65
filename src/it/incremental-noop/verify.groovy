// The second build found everything up to date: it said so, parsed nothing, and left the output alone.
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/generated-sources/cowrap/block-gen.c')
def state = new File(basedir, 'target/cowrap/wrappers.state')

def generated = log.readLines().findAll { it.contains('cowrap: ') && it.contains(' wrappers from ') }
def upToDate = log.readLines().findAll { it.contains('cowrap: up to date') }
assert generated.size() == 1 : "one generating run expected: ${generated}"
assert generated[0].contains('written (no previous state)') : generated[0]
assert upToDate.size() == 1 : "one up-to-date run expected: ${upToDate}"
assert upToDate[0].contains('1 header, configuration and templates unchanged') : upToDate[0]
assert upToDate[0].contains('parsing and rendering skipped') : upToDate[0]
assert log.indexOf(generated[0]) < log.indexOf(upToDate[0])

assert out.isFile()
assert out.lastModified() == 946684800000L : "the up-to-date run touched the output: ${new Date(out.lastModified())}"
assert out.text.contains('int bdrv_preadv(BdrvChild *child')

assert state.isFile() : 'the state is kept per execution id'
def s = state.text
assert s.startsWith('cowrap-state 1\n')
assert s.contains('input:src/main/c/block/api.h=')
assert !s.contains(basedir.absolutePath) : 'no absolute path in the state'
return true
