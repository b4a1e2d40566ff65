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
assert s.startsWith('cowrap-state 2\n')
assert s.contains('input:src/main/c/block/api.h=')
assert !s.contains(basedir.absolutePath) : 'no absolute path in the state'

// build 2 ran with -verbose:class: from the goal's first class (OutputPaths) to its up-to-date line, no class of
// the C parser or of the template engine was loaded (what Maven loads while wiring the plugin's realm before the
// goal runs, the report stack among it, is not the up-to-date check's)
def lines = log.readLines()
int from = lines.findIndexOf { it.contains('[class,load] io.github.cowrap.generate.OutputPaths ') }
int to = lines.findIndexOf { it.contains('cowrap: up to date') }
assert from >= 0 : 'no class list in the log'
assert from < to
def decided = lines.subList(from, to)
assert decided.any { it.contains('[class,load] io.github.cowrap.generate.BuildState ') }
def heavy = decided.findAll { it.contains('[class,load] org.eclipse.cdt.') || it.contains('[class,load] org.apache.velocity.') }
assert heavy.isEmpty() : "deciding loaded ${heavy.size()} parser or template classes, e.g. ${heavy.take(3)}"
return true
