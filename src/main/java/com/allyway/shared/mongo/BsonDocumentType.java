package com.allyway.shared.mongo;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collection;
import java.util.Map;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * Stores the embedded server's documents as BSON, the form they arrive in over the wire. The stock H2 backend
 * stores them with Java serialization, which writes the class descriptions of every map and value again for each
 * document: several times the bytes, and the largest part of the CPU time when a statement run writes 100,000
 * lines or a query reads a collection that is not in the cache.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();
    /**
     * The store writes pages on its own threads; each reuses one buffer instead of allocating and growing a new
     * one per document (a statement run stores 1,000 documents of about 50 kB).
     */
    private static final ThreadLocal<ByteBuf> ENCODING_BUFFER = ThreadLocal.withInitial(() -> Unpooled.buffer(
            64 * 1024));
    private static final int KEPT_BUFFER_BYTES = 1024 * 1024;

    private BsonDocumentType() {
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf encoded = ENCODING_BUFFER.get().clear();
        BsonEncoder.encodeDocument(document, encoded);
        // A BSON document starts with its own length, so reading needs no length of ours.
        buffer.put(encoded.nioBuffer());
        if (encoded.capacity() > KEPT_BUFFER_BYTES) {
            ENCODING_BUFFER.remove(); // one very large document should not keep its buffer for good
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
        byte[] bytes = new byte[length];
        buffer.get(bytes);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
    }

    @Override
    public int getMemory(Document document) {
        return estimate(document);
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    /** What a decoded document takes on the heap, roughly: the cache's budget is counted with it. */
    private static int estimate(Object value) {
        if (value instanceof Map<?, ?> map) {
            int size = 64;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += 48 + estimate(entry.getKey()) + estimate(entry.getValue());
            }
            return size;
        }
        if (value instanceof Collection<?> values) {
            int size = 40;
            for (Object each : values) {
                size += 8 + estimate(each);
            }
            return size;
        }
        if (value instanceof CharSequence text) {
            return 48 + text.length();
        }
        if (value instanceof byte[] bytes) {
            return 16 + bytes.length;
        }
        return 24;
    }
}
