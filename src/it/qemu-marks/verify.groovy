// The build compiled and ran the driver (exec-maven-plugin fails it otherwise); check what the
// log and the generated file show.
def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/cowrap/block-gen.c').text

assert log.contains('ccrun: OK driver') : 'the C driver did not run to its end'
assert (log =~ /(?m)^(?:\[INFO\] \[stdout\] )?\d+ passed, 0 failed$/).find() : 'no "N passed, 0 failed" line'
assert !log.contains('FAIL:')

// 7 marks x 8 return shapes, plus the 14 declarations of args.h.
def sections = gen.count('\n * Wrappers for ')
assert sections == 7 * 8 + 14 : "expected 70 sections, found ${sections}"

// The banner lists the fileset, sorted by relative path; generatedIncludes replaced the defaults.
assert gen.contains(' *   src/main/c/args.h\n *   src/main/c/marks.h\n') : 'banner does not list the inputs in order'
def includes = gen.readLines().findAll { it.startsWith('#include') }
assert includes == ['qemu/osdep.h', 'block/coroutines.h', 'block/block-gen.h', 'block/block_int.h',
                    'block/dirty-bitmap.h', 'args.h', 'marks.h'].collect { "#include \"${it}\"".toString() } :
        "the #include lines are not the configured generatedIncludes: ${includes}"

// Array parameters became pointer members; function pointers kept their declarator
// (compared without whitespace: the compile above already proved the C is valid).
def flat = gen.replaceAll(/\s+/, '')
['const int64_t *vals;', 'char *tag;', 'int64_t (*grid)[2];', 'uint8_t *buf;',
 'int (*visit)(Blob *blob, void *opaque);', 'void (*fn)(int64_t index, void *opaque);'].each {
    assert flat.contains(it.replaceAll(/\s+/, '')) : "no struct member '${it}' in the generated file"
}
return true
