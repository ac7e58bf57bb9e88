package io.wharf.model;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SSRF guard: refuses non-http(s) URLs and hosts that resolve to loopback, private, link-local (cloud metadata
 * at 169.254.169.254), carrier-grade NAT, unspecified or multicast addresses, checked on every resolved address
 * and again at every redirect hop. An allow-list of CIDR ranges opens them (tests and the offline demo use
 * 127.0.0.1/32). Shared by ingest (feeds and pages) and alert (webhooks): a webhook URL from a config file must not
 * reach the cloud metadata service either. Limitation: the HTTP client resolves the host again when it connects, so a DNS answer that
 * changes between the check and the connection (rebinding) is not caught. Thread-safe: immutable.
 */
public final class AddressGuard {
    private record Cidr(byte[] network, int bits) {
        boolean contains(InetAddress a) {
            byte[] b = a.getAddress();
            if (b.length != network.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (b[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            return rest == 0 || ((b[full] ^ network[full]) & (0xFF << (8 - rest)) & 0xFF) == 0;
        }
    }

    /** Why a URL must not be fetched; {@code retryable} when the host did not resolve (DNS may come back). */
    public static final class Refused extends IOException {
        private final boolean retryable;

        Refused(String message, boolean retryable, Throwable cause) {
            super(message, cause);
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }

    private static final List<String> METADATA_HOSTS = List.of("metadata.google.internal", "metadata", "instance-data");
    private final List<Cidr> allowed = new ArrayList<>();
    private final String allowKey;

    /**
     * @param allow    CIDR ranges (or single addresses) that may be fetched although internal
     * @param allowKey the configuration key that opens them, named in the refusal
     */
    public AddressGuard(List<String> allow, String allowKey) {
        this.allowKey = allowKey;
        for (String a : allow) {
            String s = a.trim();
            if (s.isEmpty()) {
                continue;
            }
            String[] parts = s.split("/", 2);
            try {
                byte[] net = InetAddress.getByName(parts[0]).getAddress();
                int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : net.length * 8;
                if (bits < 0 || bits > net.length * 8) {
                    throw new IllegalArgumentException("bad prefix length in allow-list entry " + s);
                }
                allowed.add(new Cidr(net, bits));
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("allow-list entry '" + s + "' is not an address or CIDR range");
            }
        }
    }

    /** Throws {@link Refused} naming the reason when the URL must not be fetched. */
    public void check(URI uri) throws Refused {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("refused " + uri + ": only http and https may be fetched", false, null);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new Refused("refused " + uri + ": no host", false, null);
        }
        String h = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "");
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(h);
        } catch (UnknownHostException e) {
            throw new Refused("cannot resolve " + host, true, e);
        }
        for (InetAddress a : addresses) {
            if ((internal(a) || METADATA_HOSTS.contains(h)) && allowed.stream().noneMatch(c -> c.contains(a))) {
                throw new Refused("refused " + uri + ": " + host + " resolves to the internal address " + a.getHostAddress()
                        + " (open it with " + allowKey + ")", false, null);
            }
        }
    }

    public static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            return first == 0 || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    || (first == 192 && second == 0 && (b[2] & 0xFF) == 0) || (first == 198 && (second == 18 || second == 19))
                    || first >= 240;
        }
        if (a instanceof Inet6Address) {
            InetAddress embedded = embeddedIpv4(b);
            return (b[0] & 0xFE) == 0xFC // unique local fc00::/7
                    || (embedded != null && internal(embedded));
        }
        return false;
    }

    /** The IPv4 address inside NAT64 (64:ff9b::/96), 6to4 (2002::/16) or IPv4-compatible (::a.b.c.d) addresses. */
    static InetAddress embeddedIpv4(byte[] b) {
        try {
            boolean nat64 = (b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B
                    && java.util.Arrays.equals(java.util.Arrays.copyOfRange(b, 4, 12), new byte[8]);
            boolean compatible = java.util.Arrays.equals(java.util.Arrays.copyOfRange(b, 0, 12), new byte[12])
                    && !(b[12] == 0 && b[13] == 0 && b[14] == 0);
            if (nat64 || compatible) {
                return InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16));
            }
            if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) {
                return InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 2, 6));
            }
        } catch (UnknownHostException e) {
            return null; // cannot happen for 4 bytes
        }
        return null;
    }
}
