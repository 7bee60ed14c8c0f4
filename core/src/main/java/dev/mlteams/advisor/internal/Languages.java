package dev.mlteams.advisor.internal;

import java.util.Locale;
import java.util.Set;

/** Which locale texts are looked up for, given the one a caller asks for. */
public final class Languages {

    /** The regions whose Chinese is written in Simplified characters. */
    private static final Set<String> SIMPLIFIED_REGIONS = Set.of("CN", "SG", "MY");

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
     *
     * <p>The script decides before the region: {@code zh-Hant-CN} is Traditional. As the JDK would
     * look it up in the {@code _zh_CN} texts after {@code _zh_Hant}, a script other than
     * {@code Hans} loses a region that writes Simplified ({@code CN}, {@code SG}, {@code MY}):
     * {@code zh-Hant-CN} reads as {@code zh-Hant} (so a family's {@code _zh_Hant_CN} texts, which
     * no one is likely to write, are not read).
     */
    public static Locale forLookup(Locale locale) {
        if (!locale.getLanguage().equals("zh")) {
            return locale;
        }
        String script = locale.getScript();
        boolean simplifiedRegion = SIMPLIFIED_REGIONS.contains(locale.getCountry());
        if (script.isEmpty()) {
            return simplifiedRegion || locale.getCountry().isEmpty() ? Locale.SIMPLIFIED_CHINESE : locale;
        }
        if (script.equals("Hans")) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        return simplifiedRegion ? new Locale.Builder().setLocale(locale).setRegion("").build() : locale;
    }
}
