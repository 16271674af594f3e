"""Texts that appear twice in corpus 238: once as a message of their own and once quoted in a
later message of the same thread. Written once here so the quote matches the original."""

from __future__ import annotations

BERGWERK_THANKS = """Liebe Frau Kerschbaumer,

herzlichen Dank für das offene Gespräch heute Vormittag und die kurze Tour durch Lager und
Werkstatt. Besonders spannend fand ich, wie Sie Retouren direkt wieder in den Pool der Testski
überführen – da sehe ich viele Parallelen zu meinem Verleih in Kitzbühel.

Ich bin nach wie vor sehr an der Stelle interessiert und freue mich auf Ihre Rückmeldung.

Liebe Grüße aus Kitzbühel
Greta Oyelowo-Brandstätter"""

LANTERNA_THANKS = """Dear Chiara,

Thank you for taking the time to speak with me yesterday, and please pass my thanks on to Davide
and Elisa as well. I really enjoyed the discussion about merging the three warehouse feeds into
a single stock view before peak season.

The role sounds like exactly the next step I am looking for, and I'd be glad to send references
or a short note on how I would approach the first 90 days.

Best regards,
Greta"""

KISTL_INVITE = """Sehr geehrte Frau Oyelowo-Brandstätter,

danke für Ihre Bewerbung als Teamleitung Versand & Retouren. Ihr Lebenslauf hat uns neugierig
gemacht, vor allem die Saisonplanung im Skiverleih.

Hätten Sie am Donnerstag, 5. Februar, um 10:00 Uhr Zeit für ein erstes Telefonat (ca. 30
Minuten)? Ich würde Sie unter der Nummer aus Ihrem Lebenslauf anrufen.

Beste Grüße
Bernhard Kistl"""

BRETTL_INVITE = """Liebe Frau Oyelowo-Brandstätter,

vielen Dank für Ihre Bewerbung als Leitung Webshop-Operations. Wir würden Sie gerne
kennenlernen und laden Sie zu einem persönlichen Gespräch in unser Büro in Salzburg-Itzling ein:

Dienstag, 10. März 2026, 14:00 Uhr
Brettl & Bindung, Austraße 7, 5020 Salzburg
Gesprächspartner: Andrea Rainer (HR) und Stefan Moosbrugger (Geschäftsführung)

Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

Freundliche Grüße
Andrea Rainer"""

BRETTL_CONFIRM = """Liebe Frau Rainer,

vielen Dank für die Einladung – der 10. März um 14:00 Uhr passt mir sehr gut. Ich komme mit dem
Zug aus Kitzbühel und bin pünktlich bei Ihnen.

Liebe Grüße
Greta Oyelowo-Brandstätter"""

RHONE_RESCHEDULE = """Bonjour Greta,

Notre directrice logistique, Mme Fabre, sera en déplacement à Annecy le jeudi 16 avril. Je vous
propose donc de décaler notre entretien au mardi 21 avril à 11h00, toujours en visio.

Merci de me confirmer si ce créneau vous convient.

Bien cordialement,
Camille Perrin"""

SUMMITLY_MOVE = """Hi Greta,

Something came up on my side for Thursday - our warehouse partner needs me on site. Could we do
Friday at 16:00 instead? Same Meet link.

Sorry for the shuffle!
Jonas"""

LODEN_MOVE = """Grüß Gott Frau Oyelowo-Brandstätter,

kurze Änderung: Frau Aigner von Loden & Lamm ist am Mittwoch auf einer Messe in München. Das
Gespräch wird daher auf Freitag, 17. April, 9:30 Uhr verschoben, gleicher Ort (Linzer Gasse 41,
Salzburg).

Passt Ihnen das?

Beste Grüße
Markus Pichler"""

TRAILHAUS_INVITE = """Hey Greta,

Vroni hat mir deinen Lebenslauf weitergeleitet. Hast du Donnerstag Zeit auf einen Kaffee? So
gegen 9 im Café Central am Gilmplatz, ganz locker – ich erzähl dir, was wir mit dem Shop
vorhaben, und du mir, wie man 800 Paar Ski durch eine Saison bringt.

Lukas"""

HUETTENKRAM_APPLICATION = """Sehr geehrte Frau Hölzl,

auf Ihre Anzeige im Tiroler Stellenmarkt bewerbe ich mich als E-Commerce Koordination. Seit
sieben Jahren leite ich den Skiverleih eines Sporthauses in Kitzbühel und betreue dort auch den
Online-Reservierungsshop.

Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem Gespräch würde ich mich
sehr freuen.

Mit freundlichen Grüßen
Greta Oyelowo-Brandstätter"""

PIRINEU_THANKS = """Hola Laia:

Muchas gracias por la conversación de esta mañana. Me encantó conocer cómo organizáis el
alquiler de material para las rutas y me veo muy bien en el equipo.

Quedo a vuestra disposición para cualquier cosa que necesitéis.

Un saludo,
Greta"""
