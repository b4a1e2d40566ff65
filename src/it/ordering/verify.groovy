// Sections and banner lines in the order the inputs were taken.
def gen = { name -> new File(basedir, "target/generated-sources/cowrap/${name}").text }
def wrappers = { text -> (text =~ /(?m)^ \* Wrappers for (\w+)$/).collect { it[1] } }
def banner = { text -> (text =~ /(?m)^ \*   (\S+)$/).collect { it[1] } }

// The fileset: sorted by relative path, by code point ('Z' < 'a', '-' < '.' < '/'), so the same
// on every file system and locale; excluded and non-matching files are not read.
def fileset = gen('fileset.c')
assert banner(fileset) == ['src/main/c/Z.h', 'src/main/c/a-b.h', 'src/main/c/a.h', 'src/main/c/a/b/c.h',
                           'src/main/c/a/z.h', 'src/main/c/b.h'] : "fileset order: ${banner(fileset)}"
// Within a header, declarations keep their source order (a3, a1, a2).
assert wrappers(fileset) == ['bdrv_co_upper_z', 'bdrv_co_a_dash_b', 'bdrv_co_a3', 'bdrv_co_a1', 'bdrv_co_a2',
                             'bdrv_co_a_b_c', 'bdrv_co_a_z', 'bdrv_co_b'] : "fileset sections: ${wrappers(fileset)}"

// The headers list: exactly the headers given, in the order given.
def headers = gen('headers.c')
assert banner(headers) == ['src/main/c/b.h', 'src/main/c/a/z.h', 'src/main/c/Z.h', 'src/main/c/a.h'] :
        "headers order: ${banner(headers)}"
assert wrappers(headers) == ['bdrv_co_b', 'bdrv_co_a_z', 'bdrv_co_upper_z', 'bdrv_co_a3', 'bdrv_co_a1',
                             'bdrv_co_a2'] : "headers sections: ${wrappers(headers)}"
return true
