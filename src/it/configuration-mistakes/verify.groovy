// Every mistake failed its build with a message that says what, where from and how to fix it; the header
// is as it was, and nothing was written outside the output directory.
def log = new File(basedir, 'build.log').text
def base = basedir.canonicalFile

def expect = { String text, int times = 1 ->
    int n = log.split(java.util.regex.Pattern.quote(text), -1).length - 1
    assert n >= times : "expected ${times}x in build.log: ${text}"
}

assert !log.contains('NullPointerException') : 'a stack trace instead of a message'
assert !log.contains('NoSuchFileException')

// the output would be the header: refused, on the fresh and on the built project
expect("the output ${base}/src/main/c/a.h is the input ${base}/src/main/c/a.h: writing it would destroy the input;"
        + ' choose another output file', 2)
assert new File(basedir, 'src/main/c/a.h').bytes == new File(basedir, 'a.h.orig').bytes : 'the header was changed'

// outputFileName is a file name: refused before anything is written, fresh and built alike
expect("outputFileName '../../../escaped.c' holds a path separator; it must be a plain file name such as"
        + ' block-gen.c (the folder goes in the output directory)', 2)
expect("outputFileName '${base}/absolute.c' holds a path separator", 2)
assert !new File(base, '../../../escaped.c').exists()
assert !new File(base, '../escaped.c').exists()
assert !new File(base, 'escaped.c').exists()
assert !new File(base, 'absolute.c').exists()

// build 4 succeeded, and nothing but the output and the state came of it
def generated = log.readLines().findAll { it.contains('cowrap: 1 wrapper from 1 header') }
assert generated.size() == 1 : generated
assert new File(basedir, 'target/generated-sources/cowrap/block-gen.c').text.contains('int bdrv_flush(BlockDriverState *bs)')

// empty list elements: named, all of them, no NullPointerException
expect('<headers> entry 2 is an empty <header>; give it a value or remove it')
expect('<macros> entry 1 is an empty <macro>')
expect('<generatedIncludes> entry 1 is an empty <generatedInclude>')
expect('<includePaths> entry 1 is an empty <includePath>')

// template directories
expect("<templateDirectory> ${base}/src/nope does not exist (a relative path is resolved against the project"
        + " directory ${base})")
expect('template directory src/templates-unused: co_wrapper.vm is not a template name the plugin uses (header.vm,'
        + ' co.vm, no_co.vm) and no template there #parses it')
expect("template '../outside.vm' is outside the templates: a template may only read the template directory"
        + ' src/templates-escape and the built-in set')

// inputs
expect("no input headers: <headers> is not set, and the <sourceDirectory> ${base}/src/nowhere does not exist (the"
        + ' fileset includes [**/*.h] is read from it)')
expect("[ERROR] src/main/c/nope.h:1:1: error: no such file")
expect("[ERROR] cowrap: <headers> entry 2: ${base}/src/main/c/nope.h does not exist (a relative path is resolved against the project"
        + " directory ${base})")
expect("<encoding> 'NOPE' is not an encoding this JVM knows")
return true
