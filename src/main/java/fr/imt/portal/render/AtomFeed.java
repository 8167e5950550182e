package fr.imt.portal.render;

import fr.imt.portal.model.Lang;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

/** An Atom feed of one language (the news, what changed), written the same way for every feed. */
record AtomFeed(Lang lang, String title, String self, String alternate, LocalDate updated, String author,
                List<Entry> entries) {

    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    /** One entry; {@code summary} and {@code html} (the full content) may be empty. All addresses are absolute. */
    record Entry(String title, String id, String link, LocalDate updated, String summary, String html) {}

    String xml() throws XMLStreamException {
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM_NS);
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang.code());
        xml.writeCharacters("\n");
        element(xml, "title", title);
        element(xml, "id", self);
        link(xml, "self", self);
        link(xml, "alternate", alternate);
        element(xml, "updated", updated + "T00:00:00Z");
        xml.writeStartElement("author");
        element(xml, "name", author);
        xml.writeEndElement();
        xml.writeCharacters("\n");
        for (Entry entry : entries) {
            xml.writeStartElement("entry");
            element(xml, "title", entry.title());
            element(xml, "id", entry.id());
            link(xml, "alternate", entry.link());
            element(xml, "updated", entry.updated() + "T00:00:00Z");
            if (!entry.summary().isEmpty()) {
                element(xml, "summary", entry.summary());
            }
            if (!entry.html().isEmpty()) {
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(entry.html());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.close();
        return text.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
