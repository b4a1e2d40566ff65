package io.github.cowrap.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cowrap.model.Direction;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each built-in template's names file states what the template calls; a malformed file is named. */
class TemplateNamesTest {

    private static String resource(String path) throws Exception {
        try (InputStream in = TemplateNamesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The C functions a template calls: identifiers before "(" outside Velocity directives and references. */
    private static Set<String> calledIn(String template) {
        Set<String> out = new TreeSet<>();
        for (String line : template.split("\n")) {
            if (line.strip().startsWith("#")) {
                continue; // a directive: #if, #set, #foreach, #end
            }
            String c = line.replaceAll("\\$\\{[^}]*\\}|\\$[A-Za-z_.]+(\\([^)]*\\))?", "X");
            Matcher m = Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_]*)\\s*\\(").matcher(c);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        out.removeIf(n -> n.startsWith("X") || n.equals("if")); // the target and helpers; C's if
        return out;
    }

    @Test
    void everyFunctionABuiltInTemplateCallsIsStated() throws Exception {
        for (String set : new String[] {"qemu", "qemu-legacy"}) {
            for (Direction d : Direction.values()) {
                String base = "io/github/cowrap/templates/" + set + "/" + d.id();
                if (TemplateNamesTest.class.getClassLoader().getResource(base + ".vm") == null) {
                    continue;
                }
                Set<String> called = calledIn(resource(base + ".vm"));
                TemplateNames names = TemplateNames.of(set, null, d);
                assertThat(called).as(base + ".vm calls").isNotEmpty();
                assertThat(names.calls()).as(set + "/" + d.id() + ".names").containsAll(called);
                assertThat(names.source()).isEqualTo(set + "/" + d.id() + ".names");
            }
        }
    }

    @Test
    void builtInNames() {
        TemplateNames co = TemplateNames.of("qemu", null, Direction.CO);
        assertThat(co.locals()).containsExactly("s");
        assertThat(co.members()).containsExactly("poll_state");
        assertThat(co.resultMembers()).containsExactly("ret");
        assertThat(co.suffixes()).containsExactly("_entry");
        assertThat(co.calls()).contains("qemu_coroutine_create", "aio_wait_kick", "bdrv_poll_co")
                .doesNotContain("opaque");
        TemplateNames noCo = TemplateNames.of("qemu", null, Direction.NO_CO);
        assertThat(noCo.members()).containsExactly("co");
        assertThat(noCo.suffixes()).containsExactly("_bh");
        TemplateNames legacy = TemplateNames.of("qemu-legacy", null, Direction.CO);
        assertThat(legacy.resultMembers()).isEmpty();
    }

    @Test
    void aMalformedNamesFileIsNamedWithWhatIsWrong() {
        assertThatThrownBy(() -> TemplateNames.parse("local = s\ncalls = ok, 9bad\n", "t/co.names"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t/co.names")
                .hasMessageContaining("unknown key 'local'")
                .hasMessageContaining("calls: '9bad' is not a C identifier");
    }
}
