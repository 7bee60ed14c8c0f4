package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.CandidateProfile;
import dev.mlteams.advisor.OrgProfile;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.drools.base.reteoo.BaseTuple;
import org.drools.base.rule.Declaration;
import org.drools.core.reteoo.TerminalNode;

/**
 * How to read the bound values of a match as evidence, worked out once per terminal node (a rule,
 * or one branch of a rule with {@code or}) rather than on every firing: its declarations sorted by
 * identifier, each one's evidence name (without the {@code $}) and whether that name is a profile
 * field. Reading a value through a held declaration spares Drools' lookup by name on every firing.
 *
 * @param declarations the declarations, sorted by identifier
 * @param names        the evidence name of each declaration
 * @param profileField whether each name is an accessor of a profile
 */
record EvidenceLayout(Declaration[] declarations, String[] names, boolean[] profileField) {

    /** Names that count as profile fields in evidence: the profiles' accessors. */
    private static final Set<String> PROFILE_FIELDS = Stream.of(OrgProfile.class, CandidateProfile.class)
            .flatMap(type -> Arrays.stream(type.getMethods()))
            .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                    && m.getDeclaringClass() != Object.class)
            .map(Method::getName)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * The layout of {@code node}'s matches: the declarations a match names
     * ({@code Match.getDeclarationIds()}), each resolved the way {@code Match.getDeclarationValue}
     * resolves it.
     */
    static EvidenceLayout of(TerminalNode node) {
        String[] ids = Arrays.stream(node.getAllDeclarations()).map(Declaration::getIdentifier).sorted()
                .toArray(String[]::new);
        Map<String, Declaration> outer = node.getSubRule().getOuterDeclarations();
        Declaration[] declarations = new Declaration[ids.length];
        String[] names = new String[ids.length];
        boolean[] profileField = new boolean[ids.length];
        for (int i = 0; i < ids.length; i++) {
            declarations[i] = outer.get(ids[i]);
            names[i] = ids[i].startsWith("$") ? ids[i].substring(1) : ids[i];
            profileField[i] = PROFILE_FIELDS.contains(names[i]);
        }
        return new EvidenceLayout(declarations, names, profileField);
    }

    /** The value {@code match} bound to the {@code i}-th declaration. */
    Object value(int i, BaseTuple match) {
        return declarations[i].getValue(match);
    }
}
