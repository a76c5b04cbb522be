package dev.belonging.cli;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escape_markupCharacters_becomeEntities() {
    assertThat(Html.escape("<script>alert('x')</script> & \"q\""))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  }

  @Test
  void escape_controlCharacters_becomeReplacementCharacters() {
    assertThat(Html.escape("a\u0000b\tc\nd")).isEqualTo("a&#xFFFD;b\tc\nd");
  }

  @Test
  void escape_plainText_isUnchanged() {
    assertThat(Html.escape("Zoë's team: 5-7 people")).isEqualTo("Zoë&#39;s team: 5-7 people");
  }

  @Test
  void numbers_useTheRootLocaleAndASign() {
    assertThat(Html.number(3.14159)).isEqualTo("3.14");
    assertThat(Html.signed(-0.456)).isEqualTo("-0.46");
    assertThat(Html.signed(0.5)).isEqualTo("+0.50");
    assertThat(Html.percent(0.8349)).isEqualTo("83%");
    assertThat(Html.p(0.0004)).isEqualTo("< 0.001");
    assertThat(Html.count(12345)).isEqualTo("12,345");
  }
}
