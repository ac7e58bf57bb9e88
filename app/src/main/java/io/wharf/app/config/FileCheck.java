package io.wharf.app.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What is wrong with a file the user named, in words ("does not exist", "is a folder"), instead of the bare path a
 * NoSuchFileException carries. Null when nothing is. Errors as data: the caller decides whether a problem stops it.
 */
public final class FileCheck {
    private FileCheck() {}

    /** A file to read. */
    public static String readable(Path file) {
        if (Files.isDirectory(file)) {
            return file + " is a folder, not a file";
        }
        if (!Files.exists(file)) {
            Path parent = file.toAbsolutePath().getParent();
            return file + " does not exist" + (parent != null && !Files.isDirectory(parent) ? " (nor does its folder " + parent + ")" : "");
        }
        if (!Files.isReadable(file)) {
            return file + " cannot be read (permission denied)";
        }
        return null;
    }

    /** A file to write, created when missing: an existing one must be writable, a new one needs a writable folder. */
    public static String writable(Path file) {
        if (Files.isDirectory(file)) {
            return file + " is a folder, not a file";
        }
        if (Files.exists(file)) {
            return Files.isWritable(file) ? null : file + " cannot be written (permission denied)";
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return file + " cannot be created: its folder " + parent + " does not exist";
        }
        return Files.isWritable(parent) ? null : file + " cannot be created: its folder " + parent + " cannot be written (permission denied)";
    }

    /** A file in a folder that is created when missing (the data folder): the nearest existing folder must be writable. */
    public static String creatable(Path file) {
        if (Files.exists(file)) {
            return writable(file);
        }
        Path dir = file.toAbsolutePath().getParent();
        while (dir != null && !Files.exists(dir)) {
            dir = dir.getParent();
        }
        if (dir == null || !Files.isDirectory(dir)) {
            return file + " cannot be created: " + dir + " is not a folder";
        }
        return Files.isWritable(dir) ? null : file + " cannot be created: the folder " + dir + " cannot be written (permission denied)";
    }
}
