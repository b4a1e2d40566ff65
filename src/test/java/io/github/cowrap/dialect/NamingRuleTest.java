package io.github.cowrap.dialect;

import static io.github.cowrap.model.Direction.CO;
import static io.github.cowrap.model.Direction.NO_CO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cowrap.dialect.NamingRule.NamingException;
import org.junit.jupiter.api.Test;

class NamingRuleTest {

    @Test
    void qemuRule() throws Exception {
        NamingRule r = NamingRule.subsystem();
        assertThat(r.target(CO, "bdrv_pwrite")).isEqualTo("bdrv_co_pwrite");
        assertThat(r.target(NO_CO, "bdrv_co_open")).isEqualTo("bdrv_open");
        assertThatThrownBy(() -> r.target(CO, "bdrv_co_pwrite")).isInstanceOf(NamingException.class);
        assertThatThrownBy(() -> r.target(CO, "pwrite")).hasMessageContaining("no subsystem prefix");
        assertThatThrownBy(() -> r.target(NO_CO, "bdrv_open")).hasMessageContaining("'co' as its second word");
    }

    @Test
    void prefixRule() throws Exception {
        NamingRule r = NamingRule.affix("async_", null);
        assertThat(r.target(CO, "kv_get")).isEqualTo("async_kv_get");
        assertThat(r.target(NO_CO, "async_kv_flush")).isEqualTo("kv_flush");
        assertThatThrownBy(() -> r.target(CO, "async_kv_get"))
                .hasMessageContaining("'async_kv_get' names a coroutine function");
        assertThatThrownBy(() -> r.target(NO_CO, "kv_flush"))
                .hasMessage("a no_co wrapper's name must be async_NAME; 'kv_flush' is not");
        assertThatThrownBy(() -> r.target(NO_CO, "async_")).isInstanceOf(NamingException.class);
        assertThat(r.describe()).isEqualTo("co: NAME calls async_NAME; no_co: async_NAME calls NAME");
    }

    @Test
    void suffixRule() throws Exception {
        NamingRule r = NamingRule.affix("", "_co");
        assertThat(r.target(CO, "get")).isEqualTo("get_co");
        assertThat(r.target(NO_CO, "flush_co")).isEqualTo("flush");
        assertThatThrownBy(() -> r.target(CO, "get_co")).isInstanceOf(NamingException.class);
        assertThatThrownBy(() -> r.target(NO_CO, "flush")).isInstanceOf(NamingException.class);
    }

    @Test
    void prefixAndSuffix() throws Exception {
        NamingRule r = NamingRule.affix("co_", "_impl");
        assertThat(r.target(CO, "read")).isEqualTo("co_read_impl");
        assertThat(r.target(NO_CO, "co_read_impl")).isEqualTo("read");
        // one of the two is not enough to name a coroutine function
        assertThat(r.target(CO, "co_read")).isEqualTo("co_co_read_impl");
    }
}
