package dev.mlteams.advisor.internal;

import java.util.Locale;

/** Which locale texts are looked up for, given the one a caller asks for. */
public final class Languages {

    private Languages() {
    }

    /**
     * {@code locale}, but a bare {@code zh} (no script, region or variant, as an
     * {@code Accept-Language: zh} header gives) reads as {@link Locale#SIMPLIFIED_CHINESE}: bundle
     * families name their Chinese texts {@code _zh_CN}, as the default texts do, and {@code zh}
     * alone would fall back past them to English. A family's own {@code _zh} texts still come first.
     */
    public static Locale forLookup(Locale locale) {
        boolean bareChinese = locale.getLanguage().equals("zh") && locale.getCountry().isEmpty()
                && locale.getScript().isEmpty() && locale.getVariant().isEmpty();
        return bareChinese ? Locale.SIMPLIFIED_CHINESE : locale;
    }
}
