package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.internal.CompiledRules;
import dev.mlteams.advisor.internal.Engine;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The executable model generated at build time is the DRL: for every profile, both give the same advice. */
class PrecompiledModelProperties {

    private static final CompiledRules MODEL = CompiledRules.build(PrecompiledModel.defaults());
    private static final CompiledRules DRL = CompiledRules.build(
            PrecompiledModel.withModel(PrecompiledModel.defaults(), Optional.empty()));
    private static final Engine FROM_MODEL = new Engine(MODEL, Engine.DEFAULT_FIRING_LIMIT);
    private static final Engine FROM_DRL = new Engine(DRL, Engine.DEFAULT_FIRING_LIMIT);

    @Provide
    Arbitrary<OrgProfile> profiles() {
        return Profiles.valid();
    }

    @Property(tries = 500)
    void the_model_and_the_drl_give_the_same_advice(@ForAll("profiles") OrgProfile profile) {
        assertTrue(MODEL.usesPrecompiledModel());
        assertTrue(!DRL.usesPrecompiledModel());
        assertEquals(PrecompiledModel.withoutFiringOrder(FROM_DRL.advise(profile, Locale.ENGLISH)),
                PrecompiledModel.withoutFiringOrder(FROM_MODEL.advise(profile, Locale.ENGLISH)), profile.toString());
    }
}
