#include "Internal.h"
#include <pthread.h>
#include <stdlib.h>

typedef struct { void *memory; size_t capacity; } ek_buffer;

static pthread_key_t ek_buffer_key;
static pthread_once_t ek_buffer_once = PTHREAD_ONCE_INIT;

static void ek_buffer_free(void *pointer) {
    ek_buffer *buffer = pointer;
    free(buffer->memory);
    free(buffer);
}

static void ek_buffer_key_make(void) { pthread_key_create(&ek_buffer_key, ek_buffer_free); }

void *ek_workspace(size_t bytes) {
    pthread_once(&ek_buffer_once, ek_buffer_key_make);
    ek_buffer *buffer = pthread_getspecific(ek_buffer_key);
    if (!buffer) {
        buffer = calloc(1, sizeof *buffer);
        if (!buffer) abort();
        pthread_setspecific(ek_buffer_key, buffer);
    }
    if (buffer->capacity < bytes) {
        free(buffer->memory);
        size_t rounded = (bytes + 63) & ~(size_t)63;
        buffer->memory = aligned_alloc(64, rounded);
        if (!buffer->memory) abort();
        buffer->capacity = rounded;
    }
    return buffer->memory;
}
