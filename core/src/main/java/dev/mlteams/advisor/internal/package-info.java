/**
 * The engine: compiling and checking rule files, running a session, collecting explained
 * advice. Not API: it may change in any release. Do not depend on it.
 */
package dev.mlteams.advisor.internal;
