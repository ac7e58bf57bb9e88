package io.wharf.app.pipeline;

/** The stages a process can run; `wharf run` runs all of them. */
public enum Stage { INGEST, CLASSIFY, STORE }
