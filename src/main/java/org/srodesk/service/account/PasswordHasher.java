package org.srodesk.service.account;

import java.nio.CharBuffer;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashes in PHC string form, at the OWASP Password Storage Cheat Sheet's first
 * recommended setting: 19 MiB of memory, 2 iterations, 1 lane, a 16-byte random salt, a 32-byte hash.
 * A hash names its own parameters, so raising them later still verifies the old hashes.
 */
public final class PasswordHasher {

    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int HASH_BYTES = 32;
    static final int SALT_BYTES = 16;

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM,
            HASH_BYTES, Argon2.ID, Argon2Function.ARGON2_VERSION_13);
    /** Verified against when the user name is unknown, so a wrong name takes as long as a wrong password. */
    private static final String DUMMY = hashOf("not-a-real-password".toCharArray());

    private PasswordHasher() {
    }

    /** A fresh salted Argon2id hash of {@code password}: {@code $argon2id$v=19$m=19456,t=2,p=1$…$…}. */
    public static String hashOf(char[] password) {
        return Password.hash(CharBuffer.wrap(password)).addRandomSalt(SALT_BYTES).with(ARGON2ID).getResult();
    }

    /** True when {@code password} matches {@code hash} (with the parameters the hash names). */
    public static boolean matches(char[] password, String hash) {
        if (hash == null || !hash.startsWith("$argon2")) {
            return false;
        }
        return Password.check(CharBuffer.wrap(password), hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    /** Spends the time of one verification, for an unknown user name. */
    static void verifyNothing(char[] password) {
        matches(password, DUMMY);
    }
}
