package io.github.cowrap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cowrap.generate.CowrapException;
import io.github.cowrap.testing.Gcc;
import io.github.cowrap.testing.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates load only from the template directory and the built-in set; banner paths stay in their comment. */
class TemplateLoadingTest {

    private static final String GOOD = "int co_wrapper bdrv_a(BlockDriverState *bs);\n";

    @TempDir
    Path dir;

    private Workspace withTemplate(String co) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("project/templates"));
        Files.writeString(templates.resolve("co.vm"), co);
        return new Workspace(dir.resolve("project")).header("a.h", GOOD).templates(templates);
    }

    @Test
    void aTemplateCannotParseAFileOutsideItsDirectory() throws Exception {
        Files.createDirectories(dir.resolve("project"));
        Files.writeString(dir.resolve("project/outside.vm"), "/* outside */\n");
        for (String ref : List.of("../outside.vm", "sub/../../outside.vm", dir.resolve("project/outside.vm").toString(),
                "io/github/cowrap/../../../outside.vm")) {
            Workspace ws = withTemplate("#parse(\"" + ref + "\")\n");
            assertThatThrownBy(ws::generate).as(ref).isInstanceOf(CowrapException.class)
                    .hasMessageContaining("'" + ref + "' is outside the templates: a template may only read the"
                            + " template directory templates and the built-in set");
            assertThat(ws.output()).doesNotExist();
        }
        Workspace ws = withTemplate("#include(\"../outside.vm\")\n");
        assertThatThrownBy(ws::generate).hasMessageContaining("is outside the templates");
    }

    @Test
    void aTemplateMayParseAnotherOfItsDirectoryOrABuiltInOne() throws Exception {
        Workspace ws = withTemplate("#parse(\"parts/part.vm\")\n#parse(\"io/github/cowrap/templates/qemu/co.vm\")\n");
        Files.createDirectories(dir.resolve("project/templates/parts"));
        Files.writeString(dir.resolve("project/templates/parts/part.vm"), "/* part of $w.name() */\n");
        String c = ws.generate();
        assertThat(c).contains("/* part of bdrv_a */").contains("int bdrv_a(BlockDriverState *bs)");
    }

    @Test
    void aNameNotInTheSetIsRefusedNotSearchedOnTheClassPath() throws Exception {
        Workspace ws = withTemplate("#parse(\"META-INF/MANIFEST.MF\")\n");
        assertThatThrownBy(ws::generate).hasMessageContaining("'META-INF/MANIFEST.MF' not found: templates are read"
                + " only from the template directory templates and the built-in set");
    }

    @Test
    void aTemplateNameThePluginNeverUsesIsAnError() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("co_wrapper.vm"), "/* $w.name() */\n");
        Workspace ws = new Workspace(dir).header("a.h", GOOD).templates(templates);
        assertThatThrownBy(ws::generate).hasMessage("template directory templates: co_wrapper.vm is not a template"
                + " name the plugin uses (header.vm, co.vm, no_co.vm) and no template there #parses it; rename it"
                + " to the template it should replace, or remove it");
        Files.delete(templates.resolve("co_wrapper.vm"));
        Files.writeString(templates.resolve("README"), "notes");
        assertThatThrownBy(ws::generate).hasMessageContaining("template directory templates holds none of the"
                + " templates the plugin uses (header.vm, co.vm, no_co.vm); found README");
        Files.writeString(templates.resolve("co.names"), "locals = s\n");
        assertThat(ws.generate()).as("a names file alone is used").contains("int bdrv_a(BlockDriverState *bs)");
        Files.delete(templates.resolve("co.names"));
        Files.delete(templates.resolve("README"));
        Files.delete(templates);
        assertThatThrownBy(ws::generate).hasMessageContaining("template directory templates does not exist");
    }

    @Test
    void aPathThatWouldEndTheBannerCommentStaysInIt() throws Exception {
        String evil = "x*/int injected;/*y";
        Workspace ws = new Workspace(dir).header(evil + "/a.h", GOOD).header("new\nline.h", "");
        String c = ws.generate();
        int end = c.indexOf("*/");
        assertThat(c.substring(0, end)).contains("x*\\/int injected;/\\*y/a.h", "new?line.h")
                .endsWith("Do not edit: change the marked declarations in the headers above.\n ");
        assertThat(c).doesNotContain("int injected;\n").doesNotContain(evil);
        assertThat(Gcc.check(dir, ws.analyse(), c, "", false)).isNull();
    }

    @Test
    void commentTextRule() {
        assertThat(CommentText.safe("a*/b/*c")).isEqualTo("a*\\/b/\\*c");
        assertThat(CommentText.safe("/*/")).isEqualTo("/\\*\\/");
        assertThat(CommentText.safe("plain/path.h")).isEqualTo("plain/path.h");
        assertThat(CommentText.safe("tab\there\r\n")).isEqualTo("tab?here??");
    }
}
