import java.io.File;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;

/**
 * Writes a PDF that is another one several times over, bookmarks included, to try the PDF reader on a book of a
 * thousand pages. Run by scripts/make-pdf-sample.sh: RepeatPdf SOURCE.pdf TIMES TARGET.pdf
 */
public class RepeatPdf {

    public static void main(String[] args) throws Exception {
        PDFMergerUtility merger = new PDFMergerUtility();
        for (int i = 0; i < Integer.parseInt(args[1]); i++) {
            merger.addSource(new File(args[0]));
        }
        merger.setDestinationFileName(args[2]);
        merger.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
    }
}
