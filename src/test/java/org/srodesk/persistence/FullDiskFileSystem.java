package org.srodesk.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:fulldisk:/path}) over the real disk that can be made "full":
 * while {@link #full} is set every write fails with the operating system's "No space left on
 * device". Lets tests drive H2's real failure path for a full disk without filling a disk.
 */
public final class FullDiskFileSystem extends FilePathWrapper {

    public static final String PREFIX = "fulldisk:";
    /** When true, every write to a file opened through this file system fails. */
    public static volatile boolean full;

    private static final FullDiskFileSystem INSTANCE = new FullDiskFileSystem();

    static {
        FilePath.register(INSTANCE);
    }

    /** Registers the file system with H2 (idempotent). */
    public static void install() {
        full = false;
    }

    @Override
    public String getScheme() {
        return "fulldisk";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new FullableChannel(getBase().open(mode));
    }

    private static void refuseIfFull() throws IOException {
        if (full) {
            throw new IOException("No space left on device");
        }
    }

    private static final class FullableChannel extends FileBase {
        private final FileChannel base;

        FullableChannel(FileChannel base) {
            this.base = base;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public synchronized int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            refuseIfFull();
            return base.write(src);
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            refuseIfFull();
            return base.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            refuseIfFull();
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            refuseIfFull();
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
