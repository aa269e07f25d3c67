package dossier.importers.internal;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through until more than a limit have been read, then fails with
 * {@link LimitExceededException}. Guards parsers against huge files and decompression
 * bombs without first reading everything into memory.
 */
final class BoundedInputStream extends FilterInputStream {

	/** Thrown once the stream has delivered more bytes than its limit. */
	static final class LimitExceededException extends IOException {
		private static final long serialVersionUID = 1L;
		private final long limit;

		LimitExceededException(long limit, String message) {
			super(message);
			this.limit = limit;
		}

		/** @return the limit that was passed */
		long limit() {
			return limit;
		}
	}

	private final long limit;
	private final String exceeded;
	private final Closeable owner;
	private long count;

	/**
	 * @param in the stream to read
	 * @param limit the most bytes to deliver
	 */
	BoundedInputStream(InputStream in, long limit) {
		this(in, limit, "more than " + limit + " bytes", null); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param in the stream to read
	 * @param limit the most bytes to deliver
	 * @param exceeded the message of the exception thrown past the limit, for the user
	 * @param owner closed with this stream (the archive an entry stream reads from), or null
	 */
	BoundedInputStream(InputStream in, long limit, String exceeded, Closeable owner) {
		super(in);
		this.limit = limit;
		this.exceeded = exceeded;
		this.owner = owner;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			counted(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		// never ask for more than one byte past the limit, so that nothing much is inflated beyond it
		long room = limit - count + 1;
		int n = super.read(buffer, offset, (int) Math.max(1, Math.min(length, room)));
		if (n > 0) {
			counted(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(Math.min(n, limit - count + 1));
		counted(skipped);
		return skipped;
	}

	private void counted(long n) throws LimitExceededException {
		count += n;
		if (count > limit) {
			throw new LimitExceededException(limit, exceeded);
		}
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	@Override
	public void close() throws IOException {
		try {
			super.close();
		} finally {
			if (owner != null) {
				owner.close();
			}
		}
	}
}
