package com.allyway.agreement;

import com.allyway.shared.Secrets;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Signed agreement PDFs in GridFS (bucket {@code agreement_pdfs}). Files are written once and never replaced. */
@Component
class AgreementFiles {

    private final MongoTemplate mongo;

    AgreementFiles(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return the file's id */
    String store(String filename, byte[] pdf, String agreementId, String kind) {
        GridFSUploadOptions options = new GridFSUploadOptions().metadata(new Document("contentType", "application/pdf")
                .append("agreementId", agreementId).append("kind", kind).append("sha256", sha256(pdf)));
        return bucket().uploadFromStream(filename, new ByteArrayInputStream(pdf), options).toHexString();
    }

    byte[] read(String fileId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bucket().downloadToStream(new ObjectId(fileId), out);
        return out.toByteArray();
    }

    /** Undoes a store whose agreement could not be saved, so no orphan file is left behind. */
    void delete(String fileId) {
        bucket().delete(new ObjectId(fileId));
    }

    static String sha256(byte[] data) {
        return Secrets.sha256Hex(data);
    }

    private GridFSBucket bucket() {
        return GridFSBuckets.create(mongo.getDb(), "agreement_pdfs");
    }
}
