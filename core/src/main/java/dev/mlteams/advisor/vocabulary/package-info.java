/**
 * The closed vocabularies that profiles and advice are written in: industries, roles,
 * archetypes, design stances and so on.
 *
 * <p>These enums name things; they decide nothing. Which value leads to which advice is
 * written in the DRL rule files, where users can read and change it. Their declaration order
 * only breaks ties when advice is listed (roles of the same emphasis, sourcing channels and
 * assessments for one role), so that equal advice always reads the same.
 */
package dev.mlteams.advisor.vocabulary;
