package io.wharf.app.pipeline;

/** The stages a process can run; `wharf run` runs all of them (alert only when alert.rules.file is set). */
public enum Stage { INGEST, CLASSIFY, STORE, ALERT }
