package io.wharf.app.ops;

import io.wharf.app.process.DataDirLock;
import java.nio.file.Path;

/** A second process for ProcessGuardsIT: takes a data folder's lock as `wharf run` does, says so, and waits to be killed. */
public final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws Exception {
        for (String part : new String[] {DataDirLock.BROKER, DataDirLock.INGEST}) {
            DataDirLock.acquire(Path.of(args[0]), part, "run").note("127.0.0.1:9092");
        }
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
