package com.allyway.shared.mongo;

import org.bson.Document;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.WritingConverter;

/**
 * Writes a value type as a document by hand, for types stored in bulk: Spring Data's reflective mapping costs
 * tens of microseconds per object, which adds up to seconds for 100,000 statement lines. The document must look
 * exactly as the reflective mapping would write it, because reading stays reflective: each writer has a test that
 * compares the two. Beans of this type are registered with Spring Data by {@link MongoConversionsConfiguration}.
 */
@WritingConverter
public interface StoredFormWriter<T> extends Converter<T, Document> {
}
