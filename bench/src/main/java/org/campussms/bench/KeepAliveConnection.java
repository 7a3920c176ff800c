package org.campussms.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One persistent HTTP/1.1 connection that sends ready-made request bytes and reads the status, skipping the body.
 * Deliberately minimal so that a load generator sharing two cores with the server spends next to nothing per
 * request: no request objects, no futures, no header maps. Reconnects after an error or a "Connection: close".
 */
final class KeepAliveConnection implements AutoCloseable {

    private final String host;
    private final int port;
    private final byte[] line = new byte[8192];
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    KeepAliveConnection(String host, int port) {
        this.host = host;
        this.port = port;
    }

    void connect() throws IOException {
        if (socket != null) {
            return;
        }
        socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(30_000);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    }

    /** Sends one complete request and returns the response's status code once its body has been read. */
    int exchange(byte[] request) throws IOException {
        connect();
        try {
            out.write(request);
            out.flush();
            return readResponse();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private int readResponse() throws IOException {
        String statusLine = readLine();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        String header;
        while (!(header = readLine()).isEmpty()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).strip();
            String value = header.substring(colon + 1).strip();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.equalsIgnoreCase("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                closing = value.equalsIgnoreCase("close");
            }
        }
        if (chunked) {
            long size;
            while ((size = Long.parseLong(readLine().strip(), 16)) > 0) {
                skip(size);
                readLine();
            }
            while (!readLine().isEmpty()) {
                // trailers
            }
        } else if (length > 0) {
            skip(length);
        } else if (length < 0) {
            throw new IOException("A response without length on a keep-alive connection: " + statusLine);
        }
        if (closing) {
            close();
        }
        return status;
    }

    private String readLine() throws IOException {
        int n = 0;
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new EOFException("The server closed the connection");
            }
            if (b != '\r' && n < line.length) {
                line[n++] = (byte) b;
            }
        }
        return new String(line, 0, n, StandardCharsets.ISO_8859_1);
    }

    private void skip(long count) throws IOException {
        long left = count;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("The server closed the connection inside a body");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    @Override
    public void close() {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException e) {
            // Nothing to recover: the next exchange opens a new connection.
        }
        socket = null;
    }
}
