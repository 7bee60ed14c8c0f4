package dev.mlteams.advisor.internal;

import java.util.Locale;

/** Which locale texts are looked up for, given the one a caller asks for. */
public final class Languages {

    private Languages() {
    }

    /**
     * {@code locale}, but Simplified Chinese of any form reads as {@link Locale#SIMPLIFIED_CHINESE}
     * ({@code zh_CN}): a bare {@code zh}, as an {@code Accept-Language: zh} header gives, the
     * script {@code zh-Hans} with or without a region, and Singapore's and Malaysia's {@code zh-SG}
     * and {@code zh-MY}, which write Simplified. Bundle families name their Chinese texts
     * {@code _zh_CN}, as the default texts do, and these would fall back past them to English. A
     * family's own {@code _zh} texts still come first. Traditional Chinese ({@code zh-TW},
     * {@code zh-Hant}) is another language, with no texts of its own.
     */
    public static Locale forLookup(Locale locale) {
        if (!locale.getLanguage().equals("zh")) {
            return locale;
        }
        String region = locale.getCountry();
        boolean simplified = locale.getScript().isEmpty()
                ? region.isEmpty() || region.equals("CN") || region.equals("SG") || region.equals("MY")
                : locale.getScript().equals("Hans");
        return simplified ? Locale.SIMPLIFIED_CHINESE : locale;
    }
}
