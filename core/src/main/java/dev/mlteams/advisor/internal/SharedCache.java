package dev.mlteams.advisor.internal;

import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/** Lookups in the caches that every call of a rule set shares. */
final class SharedCache {

    private SharedCache() {
    }

    /**
     * The value cached for {@code key}, computed once. Reads first: {@code computeIfAbsent} may
     * lock a bin of the map even when the key is there, and concurrent calls read these caches on
     * every firing.
     */
    static <K, V> V get(ConcurrentMap<K, V> cache, K key, Function<? super K, ? extends V> compute) {
        V value = cache.get(key);
        return value != null ? value : cache.computeIfAbsent(key, compute);
    }
}
