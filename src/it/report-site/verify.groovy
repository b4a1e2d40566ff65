// The report on good.h (5 wrappers) and bad.h (1 wrapper, 2 problems), through maven-site-plugin
// and on its own; generate, which excludes bad.h, wrote only good.h's wrappers.

def fail = { String message -> throw new AssertionError(message) }
def check = { boolean ok, String message -> if (!ok) fail(message) }
def read = { String path ->
    File f = new File(basedir, path)
    check(f.isFile(), "missing " + path)
    f.getText('UTF-8')
}
def strip = { String html -> html.replaceAll(/<[^>]+>/, '').replaceAll(/\s+/, ' ') }
// every table row as its cells' text joined by '|'
def rows = { String html ->
    (html =~ /(?s)<tr[^>]*>(.*?)<\/tr>/).collect { m ->
        (m[1] =~ /(?s)<t[dh][^>]*>(.*?)<\/t[dh]>/).collect { c -> strip(c[1]).trim() }.join('|')
    }
}

// name, target, mark, header:line; in the input order (the fileset's, sorted by path: bad.h < good.h), then line
def expected = [
    ['blk_flush', 'blk_co_flush', 'co_wrapper', 'src/main/c/bad.h:5'],
    ['blk_pread', 'blk_co_pread', 'co_wrapper_mixed_bdrv_rdlock', 'src/main/c/good.h:8'],
    ['blk_drain_all', 'blk_co_drain_all', 'co_wrapper', 'src/main/c/good.h:10'],
    ['blk_getlength', 'blk_co_getlength', 'co_wrapper_bdrv_rdlock', 'src/main/c/good.h:12'],
    ['blk_co_new_open', 'blk_new_open', 'no_co_wrapper', 'src/main/c/good.h:15'],
    ['blk_co_attach', 'blk_attach', 'no_co_wrapper_bdrv_wrlock', 'src/main/c/good.h:18'],
]

def checkReport = { String dir ->
    String html = read(dir + '/cowrap-report.html')
    String source = read(dir + '/cowrap-report-source.html')
    String text = strip(html)
    check(html.contains('<title>') && html =~ /<title>[^<]*Coroutine wrappers/, dir + ': title')
    check(text.contains('found 6 wrappers in 2 headers (dialect qemu) and 2 problems.'), dir + ': summary line')

    // the wrapper table: anchors in order, each row's content, each link to the section's first line
    def anchors = (html =~ /<a id="(\w+)"><\/a><a href="cowrap-report-source\.html#L(\d+)">/).collect { [it[1], it[2] as int] }
    check(anchors*.get(0) == expected*.get(0), dir + ': wrappers ' + anchors*.get(0))
    def c = source.substring(source.indexOf('<pre'), source.indexOf('</pre>'))
            .replaceAll(/<a [^>]*>\d+<\/a>/, '').replaceAll(/<[^>]+>/, '').split('\n')
    def table = rows(html)
    expected.eachWithIndex { w, i ->
        int line = anchors[i][1]
        check(c[line - 1].trim() == '/*' && c[line].trim() == '* Wrappers for ' + w[1],
                dir + ': ' + w[0] + ' links to line ' + line + ': ' + c[line - 1] + ' / ' + c[line])
        check(source.contains('<a id="' + w[0] + '"></a><a id="L' + line + '"'), dir + ': source anchor of ' + w[0])
        // the Calls cell starts with the target (and says where a header declares it)
        check(table.any { r -> def cells = r.split('\\|', -1)
                    cells.size() == 6 && cells[0] == w[0] && cells[1].startsWith(w[1]) && cells[2] == w[2]
                            && cells[5] == 'line ' + w[3].split(':')[1] },
                dir + ': row of ' + w[0])
    }
    check(table.contains('co_wrapper|co: runs a coroutine function from outside coroutines|none|2'), dir + ': co_wrapper count')
    check(table.contains('co_wrapper_mixed|co, mixed: runs a coroutine function, or calls it directly inside one|none|0'),
            dir + ': co_wrapper_mixed count')
    check(table.contains('Total|||6'), dir + ': marks total')
    check(table.contains('src/main/c/bad.h|1|2') && table.contains('src/main/c/good.h|5|0') && table.contains('Total|6|2'),
            dir + ': per header')

    // the target's declaration, where a header declares it
    check(table.any { it.startsWith('blk_pread|blk_co_pread declared at src/main/c/good.h:6') }, dir + ': target place')

    // grouped by header, in the same order, each group anchored and linked from the summary
    int badAt = html.indexOf('id="header-src-main-c-bad.h"')
    int goodAt = html.indexOf('id="header-src-main-c-good.h"')
    check(badAt > 0 && goodAt > badAt, dir + ': header groups')
    check(html.indexOf('id="blk_flush"') > badAt && html.indexOf('id="blk_flush"') < goodAt
            && html.indexOf('id="blk_pread"') > goodAt, dir + ': wrappers in their groups')
    check(html.contains('<a href="#header-src-main-c-good.h"><code>src/main/c/good.h</code></a>'), dir + ': header link')
    check(html.contains('<a href="#mark-co_wrapper"><code>co_wrapper</code></a>'), dir + ': mark link')
    check(html.contains('id="mark-co_wrapper"'), dir + ': mark anchor')
    // each declaration links to its line on the header's page, which has it
    String goodPage = read(dir + '/cowrap-report-header-src-main-c-good.h.html')
    check(html.contains('<a href="cowrap-report-header-src-main-c-good.h.html#L8">line 8</a>'),
            dir + ': declared-at link')
    check(strip(goodPage.substring(goodPage.indexOf('id="L8"'))).contains('blk_pread'), dir + ': header page line 8')
    read(dir + '/cowrap-report-header-src-main-c-bad.h.html')

    // the problems, with file:line:column, each naming its declaration
    def problemRows = rows(html.substring(html.indexOf('id="problems"')))
    check(problemRows.size() == 3, dir + ': problem rows ' + problemRows)
    problemRows.drop(1).each { r -> check(!r.split('\\|')[1].trim().isEmpty(), dir + ': a problem without its declaration: ' + r) }
    check(problemRows[1].contains('blk_truncate') || problemRows[1].contains('co_wrapper_bdrv_wrlock'),
            dir + ': the unknown mark names its declaration: ' + problemRows[1])

    String problems = strip(html.substring(html.indexOf('id="problems"')))
    check(problems.contains("src/main/c/bad.h:8:5") && problems.contains("unknown mark 'co_wrapper_bdrv_wrlock'"),
            dir + ': unknown mark problem: ' + problems)
    check(problems.contains('src/main/c/bad.h:11:') && problems.contains('blk_co_discard')
            && problems.contains("must not contain '_co_'"), dir + ': naming problem: ' + problems)
}

checkReport('target/site')      // through maven-site-plugin
checkReport('target/reports')   // the goal on its own

// run on its own, the report writes its pages and nothing else (no skin)
def own = new File(basedir, 'target/reports').list().sort()
check(own.every { it.startsWith('cowrap-report') && it.endsWith('.html') }, 'target/reports: ' + own)

// a plugin-wide outputDirectory moved the generated C, and only the C, for both goals
def cFiles = new File(basedir, 'target/generated-c').list().sort()
check(cFiles == ['block-gen.c'], 'target/generated-c holds ' + cFiles)
check(!new File(basedir, 'target/generated-sources/cowrap').exists(), 'the default C folder is not used')

// the site page carries the skin; the menu lists the report
check(read('target/site/cowrap-report.html').contains('cowrap-report.html'), 'site menu')

// generate read good.h only
String gen = read('target/generated-c/block-gen.c')
expected.findAll { it[3].contains('good.h') }.each { check(gen.contains(' * Wrappers for ' + it[1] + '\n'), 'generated ' + it[0]) }
check(!gen.contains('blk_flush'), 'generate must not read bad.h')

// the report logs the problems as warnings and does not fail
String log = new File(basedir, 'build.log').getText('UTF-8')
check(log.contains("[WARNING] src/main/c/bad.h:8:5: error: unknown mark 'co_wrapper_bdrv_wrlock'"), 'warning in the log')
check(log.contains('cowrap: report lists 6 wrappers and 2 problems'), 'report summary in the log')
return true
