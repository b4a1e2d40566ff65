// A changed parameter (macros) regenerates; the same parameters again are up to date.
def lines = new File(basedir, 'build.log').readLines().findAll { it.contains('cowrap: ') }
def out = new File(basedir, 'target/generated-sources/cowrap/block-gen.c')
assert lines.size() == 4 : lines.join('\n')

assert lines[0].contains('4 wrappers from 1 header') && lines[0].contains('written (no previous state)') : lines[0]
assert lines[1].contains('5 wrappers from 1 header') : lines[1]
assert lines[1].contains('written (the configuration changed)') : lines[1]
assert lines[2].contains('cowrap: up to date (1 header') : lines[2]
assert lines[3].contains('4 wrappers from 1 header') : lines[3]
assert lines[3].contains('written (the configuration changed)') : lines[3]

assert out.lastModified() != 946684800000L : 'the last build rewrote the output'
assert !out.text.contains('bdrv_extra') : 'the macro is gone, and so is the wrapper'
return true
