package com.allyway.shared.mongo;

import org.bson.RawBsonDocument;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.WritingConverter;

/**
 * Writes a value type by hand, straight to BSON, for types stored in bulk: Spring Data's reflective mapping and
 * the driver's encoding of the mapped document cost tens of microseconds per object, which adds up to seconds for
 * 100,000 statement lines (the driver copies the finished bytes as they are). The bytes must be exactly what the
 * reflective mapping would store, because reading stays reflective: each writer has a test that compares the two.
 * Beans of this type are registered with Spring Data by {@link MongoConversionsConfiguration}.
 */
@WritingConverter
public interface StoredFormWriter<T> extends Converter<T, RawBsonDocument> {
}
