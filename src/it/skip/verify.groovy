// Both invocations succeeded although bad.h has a bad mark: the plugin did not read it.
def log = new File(basedir, 'build.log').text
def skipped = log.readLines().findAll { it.contains('cowrap-maven-plugin') && it.contains(':generate') }
assert skipped.size() == 2 : "the generate goal should have run twice: ${skipped}"
assert log.count('cowrap: skipped') == 2 : 'the goal did not say it was skipped, twice'
assert !log.contains('bdrv_never') && !log.contains('error:')
assert !new File(basedir, 'target/generated-sources/cowrap').exists() : 'a skipped run wrote output'
return true
