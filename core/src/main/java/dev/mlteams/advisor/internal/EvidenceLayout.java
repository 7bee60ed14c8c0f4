package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.CandidateProfile;
import dev.mlteams.advisor.OrgProfile;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How to read the bound values of a match as evidence, worked out once per set of declarations
 * rather than on every firing: the declaration IDs sorted by name, each one's evidence name
 * (without the {@code $}) and whether that name is a profile field.
 *
 * @param ids          the declaration IDs, sorted
 * @param names        the evidence name of each ID
 * @param profileField whether each name is an accessor of a profile
 */
record EvidenceLayout(String[] ids, String[] names, boolean[] profileField) {

    /** Names that count as profile fields in evidence: the profiles' accessors. */
    private static final Set<String> PROFILE_FIELDS = Stream.of(OrgProfile.class, CandidateProfile.class)
            .flatMap(type -> Arrays.stream(type.getMethods()))
            .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                    && m.getDeclaringClass() != Object.class)
            .map(Method::getName)
            .collect(Collectors.toUnmodifiableSet());

    static EvidenceLayout of(List<String> declarationIds) {
        String[] ids = declarationIds.toArray(String[]::new);
        Arrays.sort(ids);
        String[] names = new String[ids.length];
        boolean[] profileField = new boolean[ids.length];
        for (int i = 0; i < ids.length; i++) {
            names[i] = ids[i].startsWith("$") ? ids[i].substring(1) : ids[i];
            profileField[i] = PROFILE_FIELDS.contains(names[i]);
        }
        return new EvidenceLayout(ids, names, profileField);
    }
}
