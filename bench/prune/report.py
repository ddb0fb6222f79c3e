import xml.dom.minidom
import email.mime.text

def html(summary):
    doc = xml.dom.minidom.Document()
    table = doc.createElement("table")
    for k, v in summary.items():
        row = doc.createElement("tr")
        row.appendChild(doc.createTextNode("%s=%s" % (k, v)))
        table.appendChild(row)
    doc.appendChild(table)
    msg = email.mime.text.MIMEText(doc.toxml(), "html")
    return msg.as_string()
