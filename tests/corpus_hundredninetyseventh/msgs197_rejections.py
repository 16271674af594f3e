"""Corpus 197: the 31 rejections, each written by hand."""

from __future__ import annotations

from msgs197_common import (
    ats_card,
    button,
    mso,
    outlook,
    outlook_html,
    page,
    paras,
    reply,
    spec,
)

# The candidate's thank-you notes, quoted in the replies below.
THANKS_TRAUNAU = """Sehr geehrter Herr Leitner,

vielen Dank für das angenehme Gespräch am Donnerstag mit Ihnen und Herrn Ing. Wimmer. Die
Führung durch die Werkstore und die Leitstelle hat mir gezeigt, wie viel Koordination hinter
dem Werkschutz steckt. Ich würde mich sehr freuen, diese Aufgabe zu übernehmen, und stehe
für ein weiteres Gespräch jederzeit zur Verfügung.

Mit freundlichen Grüßen
Kofi Ballesteros-Hartmann"""

THANKS_LIEFERING = """Liebe Frau Moosbrugger,

herzlichen Dank für das Gespräch heute Vormittag und den Rundgang durch Halle 3. Die
Einlassplanung für die Herbstmesse klingt nach genau der Aufgabe, die ich suche. Falls Sie noch
Unterlagen brauchen (Erste-Hilfe-Nachweis, Strafregisterbescheinigung), schicke ich sie gerne.

Beste Grüße
Kofi Ballesteros-Hartmann"""

THANKS_OBUDA = """Dear Dávid,

Thank you for taking the time to meet me on Wednesday, and please pass my thanks to Eszter and
Gábor as well. Walking the evacuation routes with you made the role very concrete. I would be
glad to take on the coordination of the stewarding teams and look forward to hearing from you.

Kind regards,
Kofi"""

REMERCIEMENT_RHONE = """Madame Perrin,

Je vous remercie pour l'entretien de ce matin et pour la présentation du site de Vénissieux.
Le poste de coordinateur correspond tout à fait à ce que je recherche et je reste à votre
disposition pour toute information complémentaire.

Bien cordialement,
Kofi Ballesteros-Hartmann"""

DISCLAIMER_TRAUNAU = """Stahlwerk Traunau GmbH, Sitz Linz, FN 418223 k, Landesgericht Linz
Diese Nachricht ist vertraulich und ausschließlich für den Adressaten bestimmt. Sollten Sie nicht
der beabsichtigte Empfänger sein, informieren Sie bitte den Absender und löschen Sie die
Nachricht. Jede unbefugte Weitergabe oder Vervielfältigung ist untersagt."""


_r1_new = """Sehr geehrter Herr Ballesteros-Hartmann,

danke für Ihre freundlichen Zeilen nach unserem Termin. Wir haben nach dem Panel lange
abgewogen. Letztlich ist die Funktion des Koordinators Werkschutz an einen Mitbewerber gegangen,
der bereits eine Schichtgruppe im Werkschutz geführt hat und die Ausbildung zur
Werkschutzfachkraft abgeschlossen hat.

Wir danken Ihnen für Ihr Interesse an unserem Standort und wünschen Ihnen für Ihre weitere
berufliche Zukunft alles Gute. Ihre Unterlagen werden nach sechs Monaten gelöscht.

Mit freundlichen Grüßen

Markus Leitner
HR Business Partner Standort Linz
Stahlwerk Traunau GmbH | Werksstraße 12 | 4030 Linz
T +43 732 6610 2284 | M +43 664 210 77 18

""" + DISCLAIMER_TRAUNAU

R1_TEXT = outlook(
    _r1_new, "de",
    "Kofi Ballesteros-Hartmann <kofi.bh@example.at>",
    "Freitag, 6. Februar 2026 18:41",
    "Leitner Markus <markus.leitner@stahlwerk-traunau.example.at>",
    "Danke für das Gespräch am Donnerstag",
    THANKS_TRAUNAU,
)

APOLOGY_URFAHR = """Sehr geehrte Frau Mag. Hochreiter,

es tut mir aufrichtig leid, dass ich heute nicht zum Probedienst erschienen bin. Ich hatte
den Termin irrtümlich für den 24. März eingetragen. Wäre ein neuer Termin möglich?

Mit freundlichen Grüßen
Kofi Ballesteros-Hartmann"""

R2_TEXT = reply(
    """Sehr geehrter Herr Ballesteros-Hartmann,

danke für Ihre Nachricht und Ihre Erklärung. Inzwischen hat sich die Lage allerdings geändert:
Die Position im Sicherheitsdienst wurde in der Zwischenzeit intern nachbesetzt, eine Kollegin
aus dem Portierdienst übernimmt die Aufgaben ab April. Einen neuen Probedienst können wir
Ihnen daher nicht mehr anbieten.

Alles Gute für Ihre Suche.

Mag. Sabine Hochreiter
Personalmanagement
Klinikum Urfahr | Hauptstraße 88 | 4040 Linz
Tel. +43 732 7807 4410""",
    "de", "17.03.2026 um 16:52", "Kofi Ballesteros-Hartmann <kofi.bh@example.at>", APOLOGY_URFAHR,
)

R3_TEXT = """Hey Kofi,

ich mach's kurz, weil ich eh gleich in die Halle muss: Das wird leider nix mit uns.
Nachdem das mit dem Teams-Termin nicht geklappt hat, haben wir mit den anderen weitergeredet,
und wir nehmen jetzt jemanden, der bei den Stadionkonzerten letzten Sommer schon die
Einsatzleitung gemacht hat.

Nimm's bitte nicht persönlich, dein Lebenslauf hat mir echt gefallen. Wenn wieder was
aufgeht, sag ich dir Bescheid.

LG
Jelena

--
Jelena Marković
Head of Security Operations
Eventarena Donaustadt | Wagramer Straße 301 | 1220 Wien
+43 1 269 44 10-31
"""

R4_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

ich habe heute Vormittag die Rückmeldung der LogiPark Enns erhalten und muss Ihnen leider
eine Absage weitergeben. Der Standortleiter hat sich für einen Bewerber mit längerer
Erfahrung an Zutrittskontrollsystemen mit SAP-Anbindung entschieden. Ihr Auftreten beim
Gespräch wurde ausdrücklich gelobt.

Ich bleibe mit Ihnen in Kontakt: Wir haben laufend Anfragen aus dem Raum Linz-Land, und ich
melde mich, sobald etwas Passendes dabei ist.

Freundliche Grüße aus der Landstraße
Nadine Gruber
Personalberaterin

Personalwerk Rauscher GmbH
Landstraße 47, 4020 Linz
T +43 732 77 15 90-12
www.personalwerk-rauscher.example.at
"""

R5_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

vielen Dank für Ihre Bewerbung als Objektleiter / Sicherheitskoordinator (m/w/d) am Standort
Passau und das Interesse an der Dreiflüsse Objektschutz GmbH.

Nach eingehender Prüfung Ihrer Unterlagen und unseres Telefonats müssen wir Ihnen leider
mitteilen, dass wir Ihre Bewerbung im weiteren Verfahren nicht mehr berücksichtigen können.
Diese Entscheidung ist keine Bewertung Ihrer Person.

Wir wünschen Ihnen viel Erfolg und alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Dreiflüsse Objektschutz GmbH

Diese E-Mail wurde automatisch über softgarden versendet. Antworten an diese Adresse werden
nicht gelesen.
"""

R6_HTML = page(
    '<div style="max-width:640px">\n'
    '<img src="https://chemiepark-allach.example.de/img/logo.png" alt="Chemiepark Allach" '
    'width="180">\n'
    + paras("""Sehr geehrter Herr Ballesteros-Hartmann,

haben Sie vielen Dank für die Zeit, die Sie sich für die Gespräche mit uns genommen haben,
und für Ihr Interesse an der Position Koordinator Werkschutz & Brandschutz (m/w/d).

Leider fiel unsere Wahl auf eine andere Kandidatin, deren Qualifikation als Brandschutzbeauftragte
für den Betrieb einer Seveso-III-Anlage den Ausschlag gegeben hat.

Wir würden uns freuen, wenn Sie uns auch künftig verbunden bleiben und sich bei passenden
Vakanzen erneut bewerben.

Mit freundlichen Grüßen
Personalmanagement
Chemiepark Allach Betriebsgesellschaft mbH""")
    + '\n<p style="font-size:10px;color:#777">Chemiepark Allach Betriebsgesellschaft mbH, '
    "Otto-Warburg-Ring 4, 80999 München, Amtsgericht München HRB 24 117. "
    "Diese Nachricht wurde über SAP SuccessFactors versandt.</p>\n</div>",
    "de",
    "Ihre Bewerbung",
)

R7_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

die Stelle ist bereits vergeben. Trotzdem danke für Ihr Interesse.

H. Egger
Salzach Objektschutz GmbH, Münchner Bundesstraße 118, 5020 Salzburg
"""

R8_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

wir beziehen uns auf Ihre Bewerbung um die Planstelle "Koordination Objektsicherheit"
(GZ WLV-P/2026/0412) und das für Juli angesetzte Assessment-Center.

Im Zuge der Budgetkonsolidierung wurde die Planstelle gestrichen. Das Auswahlverfahren wird
daher eingestellt; eine Besetzung der Funktion erfolgt nicht. Das Assessment-Center findet
nicht statt. Nähere Informationen entnehmen Sie bitte dem beigefügten Schreiben.

Wir bedauern, Ihnen keine andere Mitteilung machen zu können, und danken für Ihre Teilnahme.

Mit freundlichen Grüßen

Für die Geschäftsführung:
Dr. Karin Schweighofer
Abteilung Personal und Recht
Wiener Liegenschaftsverwaltung | Rathausstraße 9 | 1010 Wien
Tel. +43 1 4000 83 212
"""

R9_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

wir danken Ihnen für Ihre Bewerbung als Sicherheitskoordinator/in für unser Haus in der
Leopoldau und für die Geduld, die Sie mit uns hatten.

Nach Sichtung aller Bewerbungen haben wir uns entschlossen, das Verfahren mit Kandidatinnen
und Kandidaten fortzusetzen, deren bisherige Erfahrung den Anforderungen an die Sicherheit im
Krankenhausbetrieb näher kommt. Wir behalten Ihr Profil gerne für künftige Ausschreibungen
im Auge.

Mit freundlichen Grüßen

Monika Stöger
Personalreferentin
Krankenhaus Leopoldau, Pavillon C, 1210 Wien
Tel.: 01/27 100-4417
"""

R10_TEXT = reply(
    """Lieber Herr Ballesteros-Hartmann,

Ihre Nachricht hat uns sehr gefreut, und auch der Eindruck aus dem Gespräch war ein guter.
Dennoch muss ich Ihnen heute absagen: Für die Herbstsaison brauchen wir jemanden, der
Salzburg und die Behördenwege rund um Großveranstaltungen schon kennt und ab sofort vor Ort
ist. Ein Umzug ab November hätte das leider nicht abgedeckt.

Bitte schicken Sie die Nachweise daher nicht mehr. Ich wünsche Ihnen viel Erfolg.

Herzliche Grüße
Lisa Moosbrugger
Leitung Veranstaltungssicherheit
Messezentrum Liefering | Am Messezentrum 6 | 5020 Salzburg""",
    "de", "Di., 1. Sept. 2026 um 13:07", "Kofi Ballesteros-Hartmann <kofi.bh@example.at>",
    THANKS_LIEFERING,
)

R11_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

für Ihr Interesse an einer Tätigkeit als Koordinator Sicherheitsdienst (m/w/d) an unserem
Klinikum bedanken wir uns und auch für das Video-Interview in der vergangenen Woche.

Ihre Bewerbung konnte im weiteren Auswahlverfahren leider nicht berücksichtigt werden.
Ausschlaggebend war, dass die Stelle Erfahrung mit deeskalierenden Einsätzen in der
Notaufnahme verlangt, die wir bei anderen Bewerbern stärker gesehen haben.

Ihre Daten werden gemäß Art. 17 DSGVO nach Abschluss des Verfahrens gelöscht.

Mit freundlichen Grüßen
i. A. Birgit Aigner
Personalabteilung – Recruiting
Innstadt Klinikum Passau gGmbH · Innstraße 60 · 94032 Passau · 0851 / 530 22-140
"""

R12_HTML = page(
    '<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">\n'
    '<p style="font-size:20px;color:#0b3d91">Airport Services Fischamend</p>\n'
    + paras("""Sehr geehrter Herr Ballesteros-Hartmann,

wir bedanken uns für Ihre Bewerbung als Schichtkoordinator Sicherheitskontrolle und für Ihr
Interesse an unserem Unternehmen.

Leider können wir Ihnen keine Zusage geben: Für diese Funktion ist eine gültige Zertifizierung
als Luftsicherheitskontrollor nach EU-Verordnung 2015/1998 zwingend erforderlich.

Ihr Recruiting-Team
Airport Services Fischamend GmbH · Objekt 640 · 2320 Schwechat""")
    + '\n<p style="font-size:10px;color:#888">Bitte antworten Sie nicht auf diese '
    "automatisch generierte Nachricht. Über unser Karriereportal können Sie sich jederzeit "
    "erneut bewerben – wir freuen uns auf Sie!</p>\n</td></tr></table>",
    "de",
    "Ihre Bewerbung – Schichtkoordinator Sicherheitskontrolle",
)

WELS_INVITE = """Sehr geehrter Herr Ballesteros-Hartmann,

wir möchten Sie gerne per Zoom kennenlernen: Donnerstag, 19. März, 9:30 Uhr. Den Link finden
Sie unten. Bitte planen Sie 45 Minuten ein.

https://zoom.example.com/j/8841203311?pwd=sz-wels

Freundliche Grüße
Patrick Ortner
Sicherheitszentrale Wels"""

WELS_NOSHOW = reply(
    """Guten Tag Herr Ballesteros-Hartmann,

wir waren heute um 9:30 Uhr im Zoom-Raum und haben eine Viertelstunde gewartet. Leider haben
Sie sich nicht eingewählt. Bitte melden Sie sich kurz, ob noch Interesse besteht.

Patrick Ortner""",
    "de", "16.03.2026 um 11:20", "Patrick Ortner <p.ortner@sz-wels.example.at>", WELS_INVITE,
)

R13_TEXT = reply(
    """Sehr geehrter Herr Ballesteros-Hartmann,

danke für Ihre Rückmeldung und die Erklärung mit der Einwahl. Nach Rücksprache mit unserer
Geschäftsführung werden wir von einem neuen Termin absehen und Ihre Bewerbung nicht
weiterverfolgen. Die Funktion verlangt gerade in der Alarmverfolgung absolute
Verlässlichkeit bei Terminen, und wir haben inzwischen mit anderen Bewerbern gesprochen.

Ich wünsche Ihnen trotzdem alles Gute.

Mit freundlichen Grüßen
Patrick Ortner
Leiter Alarm- und Notrufzentrale
Sicherheitszentrale Wels GmbH
Dragonerstraße 22, 4600 Wels
Tel. +43 7242 45 0 45-20""",
    "de", "19.03.2026 um 09:52", "Patrick Ortner <p.ortner@sz-wels.example.at>", WELS_NOSHOW,
)

R14_TEXT = """Lieber Herr Ballesteros-Hartmann,

ich habe heute mit unserem Mandanten telefoniert, dem Industrieunternehmen im Mühlviertel, bei
dem Sie am 21. Mai im Werk waren. Er hat mir mitgeteilt, dass er nicht weiter mit Ihnen ins
Gespräch gehen möchte. Man sucht nun doch jemanden mit technischem Hintergrund, der neben
der Sicherheitskoordination auch die Brandmeldeanlage betreut.

Das ist bedauerlich, denn Ihr Gespräch lief aus meiner Sicht gut. Ich nehme Sie gerne in
unsere Kartei für künftige Mandate auf.

Herzliche Grüße
Stefanie Lackner
Senior Consultant

Brandner & Partner Personalberatung
Hauptplatz 3 | 4020 Linz | +43 732 90 88 41
"""

R15_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

zunächst danke für Ihre Geduld seit unserem Kennenlernen im Juli.

Ich muss Ihnen mitteilen, dass die Stelle "Koordinator Veranstaltungssicherheit" bis auf
Weiteres auf Eis gelegt ist. Der Umbau von Halle 2 verzögert sich um mindestens ein Jahr,
und damit entfällt der Bedarf. Wir werden das Auswahlverfahren daher nicht fortsetzen.

Sollte die Stelle im kommenden Jahr neu ausgeschrieben werden, würde ich mich über eine
erneute Bewerbung freuen.

Mit freundlichen Grüßen

Andreas Kogler
Betriebsleitung
Hafenhalle Linz Events GmbH
Industriezeile 32b, 4020 Linz
Tel. +43 732 60 33 71

Hafenhalle Linz Events GmbH | FN 502117 x | LG Linz | UID ATU71234567
Der Inhalt dieser E-Mail ist vertraulich. Wenn Sie nicht der richtige Adressat sind,
verständigen Sie uns bitte und vernichten Sie diese Nachricht.
"""

R16_TEXT = """Servus Kofi,

danke, dass du letzte Woche im Büro vorbeigeschaut hast. Der Job geht jetzt an den Stefan,
der hat Staplerschein und kann schon am Montag anfangen. Bei uns im kleinen Team muss halt
jeder überall einspringen.

Falls wir im Winter für die Baustellenbewachung wen brauchen, ruf ich dich an.

Schöne Grüße
Manfred

Von meinem iPhone gesendet
"""

R17_TEXT = """Hi Kofi,

Thank you for your interest in the Facility Security Coordinator role at Northgate Facility
Partners in Vienna, and for the time you spent with our team.

After careful consideration, we will not be moving forward with your application. We know
this isn't the news you were hoping for.

We'll keep your details on file and may reach out if a role opens up that fits your
background. We wish you the very best in your search.

Best,
The Northgate Facility Partners Talent Team

--
Sent via Lever. Please do not reply to this email.
"""

ISAR_CANCEL = """Hi Kofi,

I'm sorry, but I need to cancel our interview on Thursday, April 23. Our site lead has been
called to an unannounced client audit that day. This is not a decision on your application;
I'll come back to you with a new slot as soon as I can.

Hannah"""

R18_TEXT = reply(
    """Hi Kofi,

I'm afraid I have to share some disappointing news. Following a budget review, the
Security Site Coordinator role in Munich has been put on hold, and we will not proceed with
the process for now. This has nothing to do with your profile; the position simply no longer
exists in this year's plan.

If it is reopened, I'll let you know personally.

All the best,
Hannah Bergmann
Talent Acquisition Partner, Isarwacht Security Services""",
    "en", "Tue, Apr 21, 2026 at 8:02 AM", "Hannah Bergmann <hannah.bergmann@isarwacht.example.de>",
    ISAR_CANCEL,
)

R19_TEXT = """Dear Mr Ballesteros-Hartmann,

Thank you for applying for the position of Facility Security Coordinator at St. Ilona Medical
Centre and for your patience while we reviewed applications.

We received a large number of strong applications. On this occasion we have decided to move
forward with candidates whose experience more closely matches the requirements of a clinical
environment, in particular experience with patient de-escalation and hospital fire plans.

We appreciate your interest in St. Ilona and wish you every success.

Yours sincerely,

Zsófia Varga
HR Officer
St. Ilona Medical Centre
Szent Ilona utca 14, 1121 Budapest, Hungary
+36 1 555 0142
"""

R20_TEXT = reply(
    """Dear Kofi,

Thank you for your kind message after the panel, and apologies for taking two weeks to come
back to you.

I'm sorry to say that we have offered the position to another finalist, who has run
stewarding at our venue for several seasons as a contractor. It was a close call, and Eszter
in particular was impressed by your evacuation walk-through.

I hope our paths cross again.

Warm regards,
Dávid Kertész
Head of Venue Safety | Óbuda Arena
Pacsirtamező utca 41, 1036 Budapest
+36 30 555 2210""",
    "en", "Wed, 1 Jul 2026 at 18:15", "Kofi Ballesteros-Hartmann <kofi.bh@example.at>",
    THANKS_OBUDA,
)

R21_TEXT = """Hi Kofi - thanks for the chat on Thursday. We're going another direction on this
one. All the best with the search.

Tom

Sent from my phone
"""

R22_TEXT = """Hi Kofi,

Kelenföld Power came back to me this morning and unfortunately it's a no from them. They
liked you, but the plant wants someone who already holds the Hungarian armed-guard licence,
and the timeline for getting it was too long for them.

I know that's frustrating after two rounds. I have another industrial client in Csepel that
might be a better fit; let's talk on Monday.

Best,
Laura

Laura Whitcombe
Senior Recruitment Consultant | Meridian Staffing
Váci út 81, 1139 Budapest | +36 1 555 8830
"""

R23_HTML = ats_card(
    "Brightwell Data Centres",
    "#00594f",
    paras("""Dear Kofi,

Thank you for your interest in the Site Security Coordinator (Vienna VIE-2) position at
Brightwell Data Centres.

We regret to inform you that you have not been selected for this position. We had a highly
competitive field of applicants.

We encourage you to visit our careers site and apply for future openings that match your
skills.

Sincerely,
Brightwell Data Centres Talent Acquisition""")
    + button("Visit our careers site", "https://careers-brightwell.icims.com/jobs", "#00594f"),
    "This message was sent from an unmonitored mailbox. Brightwell Data Centres is an equal "
    "opportunity employer. Powered by iCIMS.",
)

R23_TEXT = """Dear Kofi,

Thank you for your interest in the Site Security Coordinator (Vienna VIE-2) position at
Brightwell Data Centres.

We regret to inform you that you have not been selected for this position. We had a highly
competitive field of applicants.

We encourage you to visit our careers site and apply for future openings that match your
skills: https://careers-brightwell.icims.com/jobs

Sincerely,
Brightwell Data Centres Talent Acquisition

This message was sent from an unmonitored mailbox.
"""

R24_TEXT = """Hello Kofi,

Thanks for applying to the Plant Security Coordinator role at Voltline Energy's Százhalombatta
site.

We wanted to let you know that the position has been filled internally by a member of our
operations team, so we're closing your application. We're sorry not to have better news.

Feel free to keep an eye on jobs.ashbyhq.com/voltline for future roles.

Voltline Energy Recruiting
"""

R25_TEXT = reply(
    """Bonjour Monsieur Ballesteros-Hartmann,

Nous avons bien reçu votre message et vous remercions pour votre intérêt et votre
disponibilité.

Après réflexion, nous ne donnerons pas une suite favorable à votre candidature : nous avons
retenu un profil titulaire du SSIAP 2 et connaissant déjà le site de Vénissieux, ce qui
était déterminant pour une prise de poste dès septembre.

Nous vous souhaitons une bonne continuation.

Nathalie Perrin
Chargée de recrutement
Rhône Gardiennage SAS, 14 rue de la Villette, 69003 Lyon
04 72 00 31 58""",
    "fr", "jeu. 16 juil. 2026 à 19:03", "Kofi Ballesteros-Hartmann <kofi.bh@example.at>",
    REMERCIEMENT_RHONE,
)

R26_TEXT = """Monsieur,

Nous vous remercions de l'intérêt que vous avez porté à la Clinique des Monts d'Or et à
l'offre de Coordinateur sûreté et sécurité incendie (réf. CMO-2026-118).

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.

Nous conservons votre dossier dans notre vivier pendant deux ans, sauf opposition de votre
part.

Le service des ressources humaines
Clinique des Monts d'Or

Ce message est généré automatiquement, merci de ne pas y répondre.
"""

R27_TEXT = """Bonjour Kofi,

Je reviens vers vous après la journée d'immersion du 19 juin.

La direction a décidé de supprimer le poste de coordinateur sécurité événementielle dans le
cadre de la réorganisation de la saison 2026-2027 : la gestion de la sûreté sera confiée à
un prestataire extérieur. Nous ne pourrons donc pas donner suite à votre candidature, et ce
n'est en rien lié à votre journée chez nous, qui s'est très bien passée.

Je vous souhaite le meilleur pour la suite.

Julien Faure
Responsable exploitation
Halle Confluence Événements
32 quai Perrache, 69002 Lyon
06 12 48 90 77
"""

R28_TEXT = """Bonjour Kofi,

J'ai eu le retour de Chimie Vallée du Rhône ce matin. Malheureusement, le client ne souhaite
pas poursuivre avec votre candidature pour la mission de chef de poste sûreté : il leur faut
quelqu'un déjà habilité ATEX et formé aux consignes Seveso seuil haut.

Je garde votre dossier actif chez nous, d'autres missions sur la vallée de la chimie
arrivent régulièrement.

Bonne fin de semaine,
Amandine Roux
Chargée de recrutement – Intérim Saône Sécurité
5 place Bellecour, 69002 Lyon – 04 78 55 20 91
"""

R29_TEXT = """Hola Kofi,

Gracias por tu interés en la vacante de Coordinador/a de Seguridad del Hospital del Besòs y
por el tiempo que has dedicado al proceso.

Lamentablemente, en esta ocasión no vamos a continuar con tu candidatura. Hemos valorado
especialmente la experiencia previa en entornos hospitalarios y el dominio del catalán.

Te animamos a seguir nuestras ofertas en nuestra página de empleo.

Un saludo,
Equipo de Selección
Hospital del Besòs

Este correo se ha enviado a través de Teamtailor. No respondas a este mensaje.
"""

R30_TEXT = """Buenos días, Kofi:

Te escribo para cerrar el proceso de Coordinador de Seguridad Portuaria. Tras las entrevistas,
hemos optado por otros perfiles que se ajustan más a lo que buscamos en este momento,
sobre todo en lo relativo al código PBIP y la protección de instalaciones portuarias.

Te agradezco mucho tu interés y la disponibilidad para venir hasta el puerto.

Saludos cordiales,

Sergi Vidal
Responsable de Protección (OPIP)
Terminal Marítima Llobregat, S.A.
Moll Prat, s/n · 08039 Barcelona
Tel. 93 555 40 12

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a
su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo
elimine.
"""

R31_TEXT = """Hola Kofi:

Te escribo con la respuesta de nuestro cliente, la empresa de logística de Zona Franca con la
que hablaste la semana pasada. Nos han comunicado que no seguirán adelante con tu perfil para
el puesto de coordinador de vigilancia; prefieren a alguien que ya tenga la TIP de jefe de
seguridad en vigor.

Sé que no es la respuesta que esperabas. Seguimos contando contigo para otros procesos.

Un abrazo,
Elena Casals
Consultora de Selección · Talento Seguro Consultores
Carrer de Pau Claris 162, 08037 Barcelona
"""

MESSAGES = [
    spec(
        key="traunau_reject_after_panel", kind="rejection", lang="de",
        company="Stahlwerk Traunau", contact="markus.leitner@stahlwerk-traunau.example.at",
        frm="Leitner Markus <markus.leitner@stahlwerk-traunau.example.at>",
        subject="AW: Danke für das Gespräch am Donnerstag",
        date="2026-02-19T14:22:00+01:00",
        refs=["traunau_panel_ics", "kofi_thanks_traunau"],
        text=R1_TEXT, html=outlook_html(mso(R1_TEXT), "de"),
        headers=[("X-Mailer", "Microsoft Outlook 16.0"),
                 ("Thread-Index", "AQHcm3xT0Jk2cVqUQ0a8w1ZyR2l5bQ==")],
    ),
    spec(
        key="urfahr_filled_internally", kind="rejection", lang="de",
        company="Klinikum Urfahr", contact="sabine.hochreiter@klinikum-urfahr.example.at",
        frm="Mag. Sabine Hochreiter <sabine.hochreiter@klinikum-urfahr.example.at>",
        subject="Re: Probedienst am 17.03. – Entschuldigung",
        date="2026-03-30T10:05:00+02:00",
        refs=["urfahr_probedienst_invite", "urfahr_probedienst_noshow", "kofi_apology_urfahr"],
        text=R2_TEXT, cte="8bit",
    ),
    spec(
        key="eventarena_casual_no", kind="rejection", lang="de",
        company="Eventarena Donaustadt", contact="jelena.markovic@eventarena-donaustadt.example.at",
        frm="Jelena Marković <jelena.markovic@eventarena-donaustadt.example.at>",
        frm_enc=("utf-8", "B"),
        subject="kurz wegen der Stelle",
        date="2026-04-20T19:48:00+02:00",
        refs=["eventarena_kaffee_donnerstag", "eventarena_teams_noshow"],
        text=R3_TEXT, cte="8bit",
    ),
    spec(
        key="rauscher_logipark_no", kind="rejection", lang="de",
        company="LogiPark Enns", contact="nadine.gruber@personalwerk-rauscher.example.at",
        frm="Nadine Gruber <nadine.gruber@personalwerk-rauscher.example.at>",
        subject="Rückmeldung LogiPark Enns: Sicherheitskoordination Logistikzentrum",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-03-10T11:30:00+01:00",
        refs=["rauscher_registration", "rauscher_client_interview_logipark",
              "rauscher_logipark_moved"],
        text=R4_TEXT, html=page(paras(R4_TEXT), "de"),
    ),
    spec(
        key="dreifluesse_softgarden_reject", kind="rejection", lang="de",
        company="Dreiflüsse Objektschutz",
        frm="Dreiflüsse Objektschutz GmbH <noreply@softgarden.io>",
        subject="Ihre Bewerbung als Objektleiter / Sicherheitskoordinator (m/w/d)",
        date="2026-05-06T07:02:00+02:00",
        text=R5_TEXT,
        html=ats_card("Dreiflüsse Objektschutz GmbH", "#7a1f2b", paras(R5_TEXT.split("\n\nDiese E-Mail")[0]),
                      "Diese E-Mail wurde automatisch über softgarden versendet.", "de"),
        headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    ),
    spec(
        key="allach_successfactors_reject", kind="rejection", lang="de",
        company="Chemiepark Allach",
        frm="Chemiepark Allach Karriere <no-reply@successfactors.eu>",
        subject="Ihre Bewerbung: Koordinator Werkschutz & Brandschutz (m/w/d) – Req 40871",
        date="2026-06-11T16:40:00+02:00",
        html=R6_HTML, html_cte="b64",
    ),
    spec(
        key="salzach_terse_no", kind="rejection", lang="de",
        company="Salzach Objektschutz", contact="h.egger@salzach-objektschutz.example.at",
        frm="Herbert Egger <h.egger@salzach-objektschutz.example.at>",
        subject="AW: Bewerbung Objektleitung Salzburg",
        date="2026-01-27T08:15:00+01:00",
        refs=["ext:kofi_bewerbung_salzach", "salzach_cv_erhalten"],
        text=R7_TEXT, charset="iso-8859-1", cte="8bit",
    ),
    spec(
        key="wlv_stelle_nicht_besetzt_pdf", kind="rejection", lang="de",
        company="Wiener Liegenschaftsverwaltung",
        contact="karin.schweighofer@wlv.example.at",
        frm="Dr. Karin Schweighofer <karin.schweighofer@wlv.example.at>",
        subject="GZ WLV-P/2026/0412 – Einstellung des Auswahlverfahrens",
        subj_enc=("utf-8", "B"),
        date="2026-07-02T09:00:00+02:00",
        refs=["wlv_eingangsbestaetigung", "wlv_assessment_center", "wlv_ac_postponed"],
        text=R8_TEXT,
        pdfs=[("WLV-P-2026-0412_Mitteilung.pdf", "Mitteilung: Einstellung des Auswahlverfahrens",
               ["GZ WLV-P/2026/0412", "Herrn Kofi Ballesteros-Hartmann", "",
                "Die Planstelle Koordination Objektsicherheit wurde gestrichen.",
                "Das Auswahlverfahren wird eingestellt. Eine Besetzung erfolgt nicht.",
                "", "Wien, am 2. Juli 2026", "Dr. Karin Schweighofer"])],
    ),
    spec(
        key="leopoldau_soft_reject", kind="rejection", lang="de",
        company="Krankenhaus Leopoldau", contact="monika.stoeger@kh-leopoldau.example.at",
        frm="Monika Stöger <monika.stoeger@kh-leopoldau.example.at>",
        frm_enc=("iso-8859-1", "Q"),
        subject="Ihre Bewerbung - Sicherheitskoordinator/in Krankenhaus Leopoldau",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-02-24T13:10:00+01:00",
        refs=["leopoldau_successfactors_ack"],
        text=R9_TEXT, charset="iso-8859-1", cte="qp",
    ),
    spec(
        key="liefering_reject_quotes_thanks", kind="rejection", lang="de",
        company="Messezentrum Liefering",
        contact="lisa.moosbrugger@messezentrum-liefering.example.at",
        frm="Lisa Moosbrugger <lisa.moosbrugger@messezentrum-liefering.example.at>",
        subject="Re: Danke für das Gespräch heute",
        date="2026-09-08T15:55:00+02:00",
        refs=["liefering_invite_ics", "liefering_cancel_ics", "ext:kofi_thanks_liefering"],
        text=R10_TEXT,
        headers=[("User-Agent", "Mozilla Thunderbird")],
    ),
    spec(
        key="innstadt_reject", kind="rejection", lang="de",
        company="Innstadt Klinikum Passau", contact="b.aigner@innstadt-klinikum.example.de",
        frm="Birgit Aigner <b.aigner@innstadt-klinikum.example.de>",
        subject="Ihre Bewerbung – Koordinator Sicherheitsdienst (m/w/d)",
        date="2026-06-19T10:20:00+02:00",
        refs=["innstadt_recruitee_ack", "innstadt_scheduling_link"],
        text=R11_TEXT, charset="windows-1252", cte="qp",
    ),
    spec(
        key="fischamend_html_only_1252", kind="rejection", lang="de",
        company="Airport Services Fischamend",
        frm="Airport Services Fischamend <karriere-noreply@airport-services-fischamend.example.at>",
        subject="Ihre Bewerbung - Schichtkoordinator Sicherheitskontrolle",
        subj_enc=("iso-8859-1", "B"),
        date="2026-01-30T06:45:00+01:00",
        html=R12_HTML.replace('charset="utf-8"', 'charset="windows-1252"'),
        html_charset="windows-1252", html_cte="b64",
    ),
    spec(
        key="wels_reject_in_thread", kind="rejection", lang="de",
        company="Sicherheitszentrale Wels", contact="p.ortner@sz-wels.example.at",
        frm="Patrick Ortner <p.ortner@sz-wels.example.at>",
        subject="Re: Re: Ihr Zoom-Gespräch am 19.03. – Sicherheitszentrale Wels",
        date="2026-03-25T09:40:00+01:00",
        refs=["wels_zoom_invite", "wels_zoom_noshow", "ext:kofi_wels_erklaerung"],
        text=R13_TEXT,
    ),
    spec(
        key="brandner_client_declined", kind="rejection", lang="de",
        company="Brandner & Partner Personalberatung",
        contact="s.lackner@brandner-partner.example.at",
        frm="Stefanie Lackner <s.lackner@brandner-partner.example.at>",
        subject="Ihr Gespräch beim Mandanten im Mühlviertel",
        date="2026-05-29T17:05:00+02:00",
        refs=["brandner_unterlagen_erhalten", "brandner_client_interview"],
        text=R14_TEXT, cte="b64",
    ),
    spec(
        key="hafenhalle_on_hold", kind="rejection", lang="de",
        company="Hafenhalle Linz Events", contact="andreas.kogler@hafenhalle-linz.example.at",
        frm="Andreas Kogler <andreas.kogler@hafenhalle-linz.example.at>",
        reply_to="Andreas Kogler <andreas.kogler@hafenhalle-linz.example.at>",
        cc="Personal Hafenhalle <personal@hafenhalle-linz.example.at>",
        subject="Stelle Koordinator Veranstaltungssicherheit",
        date="2026-08-05T11:11:00+02:00",
        text=R15_TEXT, html=outlook_html(mso(R15_TEXT), "de"),
    ),
    spec(
        key="kroell_casual_du", kind="rejection", lang="de",
        company="Wachservice Kröll", contact="manfred@wachservice-kroell.example.at",
        frm="Manfred Kröll <manfred@wachservice-kroell.example.at>",
        subject="Job",
        date="2026-10-06T18:30:00+02:00",
        text=R16_TEXT, cte="8bit",
    ),
    spec(
        key="northgate_lever_reject", kind="rejection", lang="en",
        company="Northgate Facility Partners",
        frm="Northgate Facility Partners <no-reply@hire.lever.co>",
        subject="Your application to Northgate Facility Partners",
        date="2026-04-01T16:02:00+00:00",
        refs=["northgate_lever_ack"],
        text=R17_TEXT, cte="7bit",
        html=page(paras(R17_TEXT), "en"),
    ),
    spec(
        key="isarwacht_role_on_hold", kind="rejection", lang="en",
        company="Isarwacht Security Services",
        contact="hannah.bergmann@isarwacht.example.de",
        frm="Hannah Bergmann via Greenhouse <no-reply@greenhouse-mail.io>",
        reply_to="hannah.bergmann@isarwacht.example.de",
        subject="Update on the Security Site Coordinator role",
        date="2026-05-12T09:15:00+02:00",
        refs=["isarwacht_invite_via_greenhouse", "isarwacht_cancel_ics"],
        text=R18_TEXT, html=page(paras(R18_TEXT), "en"),
    ),
    spec(
        key="st_ilona_more_closely", kind="rejection", lang="en",
        company="St. Ilona Medical Centre", contact="zsofia.varga@st-ilona.example.hu",
        frm="Zsófia Varga <zsofia.varga@st-ilona.example.hu>",
        frm_enc=("iso-8859-1", "B"),
        subject="Your application – Facility Security Coordinator",
        date="2026-03-18T08:30:00+01:00",
        refs=["kofi_application_st_ilona"],
        text=R19_TEXT, cte="qp",
    ),
    spec(
        key="obuda_reject_quotes_thanks", kind="rejection", lang="en",
        company="Óbuda Arena", contact="david.kertesz@obuda-arena.example.hu",
        frm="Dávid Kertész <david.kertesz@obuda-arena.example.hu>",
        subject="Re: Thank you – panel interview on Wednesday",
        date="2026-07-14T12:00:00+02:00",
        refs=["obuda_panel_ics", "obuda_moved_afternoon", "ext:kofi_thanks_obuda"],
        text=R20_TEXT, cte="8bit",
    ),
    spec(
        key="keystone_terse_no", kind="rejection", lang="en",
        company="Keystone Venues", contact="tom.rafferty@keystone-venues.example.de",
        frm="Tom Rafferty <tom.rafferty@keystone-venues.example.de>",
        subject="Re: coffee on Thursday?",
        date="2026-09-17T20:10:00+02:00",
        refs=["keystone_free_thursday"],
        text=R21_TEXT, cte="7bit",
    ),
    spec(
        key="meridian_kelenfold_no", kind="rejection", lang="en",
        company="Kelenföld Power", contact="laura.whitcombe@meridian-staffing.example.hu",
        frm="Laura Whitcombe <laura.whitcombe@meridian-staffing.example.hu>",
        subject="Kelenföld Power – feedback",
        subj_enc=("utf-8", "B"),
        date="2026-02-12T10:45:00+01:00",
        text=R22_TEXT, html=page(paras(R22_TEXT), "en"),
    ),
    spec(
        key="brightwell_icims_reject", kind="rejection", lang="en",
        company="Brightwell Data Centres",
        frm="Brightwell Data Centres <brightwell-noreply@icims.com>",
        subject="Update regarding your application - Site Security Coordinator (VIE-2)",
        date="2026-08-20T14:00:00-04:00",
        refs=["brightwell_icims_ack"],
        text=R23_TEXT, html=R23_HTML,
    ),
    spec(
        key="voltline_ashby_internal", kind="rejection", lang="en",
        company="Voltline Energy",
        frm="Voltline Energy <no-reply@ashbyhq.com>",
        subject="Plant Security Coordinator at Voltline Energy",
        date="2026-10-13T17:25:00+00:00",
        text=R24_TEXT, cte="8bit",
    ),
    spec(
        key="rhone_refus_apres_entretien", kind="rejection", lang="fr",
        company="Rhône Gardiennage", contact="n.perrin@rhone-gardiennage.example.fr",
        frm="Nathalie Perrin <n.perrin@rhone-gardiennage.example.fr>",
        subject="RE: Remerciements – entretien du 16 juillet",
        date="2026-07-24T11:40:00+02:00",
        refs=["rhone_entretien", "rhone_deplace", "kofi_remerciement_rhone"],
        text=R25_TEXT, charset="iso-8859-1", cte="qp",
    ),
    spec(
        key="monts_dor_taleo_refus", kind="rejection", lang="fr",
        company="Clinique des Monts d'Or",
        frm="Clinique des Monts d'Or - Recrutement <noreply@taleo.net>",
        subject="Votre candidature - Coordinateur sûreté et sécurité incendie (CMO-2026-118)",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-09-25T09:05:00+02:00",
        refs=["monts_dor_taleo_ack"],
        text=R26_TEXT, charset="windows-1252", cte="qp",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    spec(
        key="confluence_poste_supprime", kind="rejection", lang="fr",
        company="Halle Confluence Événements", contact="j.faure@halle-confluence.example.fr",
        frm="Julien Faure <j.faure@halle-confluence.example.fr>",
        subject="Suite à votre journée d'immersion",
        date="2026-06-30T15:20:00+02:00",
        refs=["confluence_journee_immersion"],
        text=R27_TEXT, html=page(paras(R27_TEXT), "fr"),
    ),
    spec(
        key="interim_saone_refus_client", kind="rejection", lang="fr",
        company="Chimie Vallée du Rhône", contact="a.roux@interim-saone.example.fr",
        frm="Amandine Roux <a.roux@interim-saone.example.fr>",
        subject="Retour client – mission chef de poste sûreté",
        subj_enc=("utf-8", "Q"),
        date="2026-10-02T16:45:00+02:00",
        refs=["interim_saone_inscription", "interim_saone_entretien_client"],
        text=R28_TEXT, cte="b64",
    ),
    spec(
        key="besos_teamtailor_descarte", kind="rejection", lang="es",
        company="Hospital del Besòs",
        frm="Hospital del Besòs <no-reply@teamtailor-mail.com>",
        subject="Tu candidatura a Coordinador/a de Seguridad",
        date="2026-05-22T12:30:00+02:00",
        refs=["besos_teamtailor_ack"],
        text=R29_TEXT,
        html=ats_card("Hospital del Besòs", "#0f766e", paras(R29_TEXT.split("\n\nEste correo")[0]),
                      "Enviado con Teamtailor.", "es"),
    ),
    spec(
        key="llobregat_soft_no", kind="rejection", lang="es",
        company="Terminal Marítima Llobregat", contact="sergi.vidal@tm-llobregat.example.es",
        frm="Sergi Vidal <sergi.vidal@tm-llobregat.example.es>",
        subject="Proceso Coordinador de Seguridad Portuaria",
        date="2026-10-09T10:10:00+02:00",
        refs=["llobregat_entrevista_ics", "llobregat_recepcion_noshow"],
        text=R30_TEXT, charset="iso-8859-1", cte="8bit",
    ),
    spec(
        key="talento_cliente_descarta", kind="rejection", lang="es",
        company="Talento Seguro Consultores", contact="elena.casals@talentoseguro.example.es",
        frm="Elena Casals <elena.casals@talentoseguro.example.es>",
        subject="Respuesta del cliente",
        date="2026-03-06T13:00:00+01:00",
        refs=["talento_alta_candidato", "talento_llamada_jueves"],
        text=R31_TEXT, html=outlook_html(mso(R31_TEXT), "es"),
    ),
]
