"""Corpus 238, kinds `application_received` (21: de 11, en 5, fr 3, es 2) and `offer`
(10: de 5, en 3, fr 1, es 1). Hand-written."""

from __future__ import annotations

from msgs238_common import (
                            AUTO,
                            CANDIDATE_ADDR,
                            CANDIDATE_NAME,
                            ats_card,
                            html_page,
                            mso_paras,
                            outlook_headers,
                            outlook_html,
                            paras,
                            reply_quote,
                            signature,
)
from msgs238_threads import HUETTENKRAM_APPLICATION

G = CANDIDATE_NAME
A = "application_received"
OFR = "offer"

# =============================================================================================
# application_received
# =============================================================================================

_bergwerk_ack = """Liebe Frau Oyelowo-Brandstätter,

vielen Dank für Ihre Bewerbung als E-Commerce Operations Specialist (m/w/d) bei Bergwerk
Outdoor. Ihre Unterlagen sind gut bei uns angekommen.

Wir sehen uns alle Bewerbungen sorgfältig an und melden uns innerhalb von zwei Wochen bei
Ihnen. Den Status Ihrer Bewerbung können Sie jederzeit in unserem Bewerberportal einsehen.

Liebe Grüße aus Innsbruck
Ihr People & Culture Team
Bergwerk Outdoor GmbH"""

_kistl_ack = """Sehr geehrte Frau Oyelowo-Brandstätter,

herzlichen Dank für Ihre Bewerbung als Teamleitung Versand & Retouren (w/m/d). Hiermit
bestätigen wir den Eingang Ihrer Unterlagen.

Aufgrund der Vielzahl an Zuschriften können wir leider nicht jede Bewerbung individuell
beantworten. Wir prüfen Ihre Unterlagen jedoch gewissenhaft und kommen auf Sie zu, sobald wir
eine Entscheidung über die nächsten Schritte getroffen haben.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kistl Logistik GmbH

Diese Nachricht wurde automatisch über softgarden versendet."""

_warenwelt_ack = """Hallo Greta,

danke für deine Bewerbung als Teamleitung Marktplatz-Operations bei Warenwelt24! Wir haben
sie erhalten und schauen sie uns in den nächsten Tagen genau an.

Was passiert als Nächstes?
1. Unser Talent-Team prüft deine Unterlagen.
2. Passt dein Profil, melden wir uns für ein kurzes Telefonat.
3. Danach folgt ein Gespräch mit dem Fachbereich in Wien.

Bis bald,
dein Talent-Team von Warenwelt24"""

_helvetrail_ack = """Grüezi Frau Oyelowo-Brandstätter

Vielen Dank für Ihre Bewerbung als Teamleiterin E-Commerce Fulfilment (80–100 %). Wir haben Ihr
Dossier erhalten und werden es in den kommenden Wochen prüfen.

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenkonto verfolgen.

Freundliche Grüsse
Talent Acquisition
Helvetrail AG

Dies ist eine automatisch generierte E-Mail aus Workday."""

_alpen_reg = """Grüß Gott Frau Oyelowo-Brandstätter,

schön, dass Sie sich bei Alpenpersonal registriert haben! Hiermit bestätige ich Ihre Aufnahme
in unseren Kandidatenpool für Positionen im Bereich E-Commerce, Logistik und Handel in Tirol
und Salzburg.

Ich bin ab sofort Ihr persönlicher Ansprechpartner. Bevor ich Ihr Profil einem Kunden vorstelle,
hole ich selbstverständlich immer Ihr Einverständnis ein.

Was ich noch von Ihnen bräuchte: Ihr letztes Dienstzeugnis und Ihre Gehaltsvorstellung
(brutto, 14 Gehälter).

Beste Grüße
Markus Pichler
Senior Consultant | Alpenpersonal Personalberatung GmbH
Maria-Theresien-Straße 18, 6020 Innsbruck
Tel. +43 512 560 77-14 | Mobil +43 664 381 22 90"""

_nordhang_ack_html = ats_card(
    "Nordhang Retail Group", "#374151",
    "<p>Sehr geehrte Frau Oyelowo-Brandstätter,</p>\n"
    "<p>vielen Dank für Ihr Interesse an der Nordhang Retail Group. Ihre Bewerbung für die "
    "Position <b>Teamlead E-Commerce Operations (m/w/d)</b> (Req-ID 41872) ist bei uns "
    "eingegangen.</p>\n"
    "<p>Unser Talent-Acquisition-Team wird Ihre Unterlagen prüfen. Bitte haben Sie Verständnis, "
    "dass dies bis zu drei Wochen dauern kann.</p>\n"
    "<p>Mit freundlichen Grüßen<br>Ihr Talent-Acquisition-Team</p>",
    "Nordhang Retail Group GmbH · Leopoldstraße 203 · 80804 München<br>"
    "Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.",
    button=("Bewerbungsstatus ansehen",
            "https://career5.successfactors.eu/career?company=nordhang&career_ns=status"))

_paketfuchs_ack = """Sehr geehrte Frau Oyelowo-Brandstätter,

vielen Dank für Ihre Bewerbung als Standortkoordinatorin Paketshop-Netz (Referenznummer
2026-0147). Wir haben Ihre Unterlagen erhalten.

Wir melden uns, sobald wir Ihre Bewerbung geprüft haben. Über das Kandidatenportal können Sie
Ihre Angaben jederzeit ergänzen.

Freundliche Grüße
Paketfuchs GmbH - Recruiting

Bitte antworten Sie nicht auf diese E-Mail."""

_schnee_ack = """Liebe Frau Oyelowo-Brandstätter,

danke für Ihre Bewerbung als Leitung Kundenservice & Retouren! Sie ist bei uns eingegangen und
liegt jetzt bei Thomas Eder aus der Personalleitung.

Wir melden uns in der Regel innerhalb von zehn Werktagen.

Herzliche Grüße
Ihr Schneekristall-Team"""

_gipfelgut_ack = """Hallo Greta,

danke, dass du dich bei Gipfelgut als Operations Managerin Online-Shop beworben hast! Deine
Bewerbung ist bei uns gelandet.

Wir lesen jede Bewerbung selbst und melden uns spätestens in zwei Wochen – versprochen.

Dein Gipfelgut-Team"""

_zuerisport_ack = """Grüezi Frau Oyelowo-Brandstätter

Besten Dank für Ihre Bewerbung als Teamleiterin Onlineshop-Operations. Wir haben Ihr Dossier
erhalten und leiten es heute an Dario Frei, unseren Leiter E-Commerce, weiter.

Sie hören bis Ende nächster Woche von uns.

Freundliche Grüsse
Nadine Keller
HR Business Partnerin
Zürisport Online AG | Badenerstrasse 571 | 8048 Zürich"""

_huettenkram_ack = """Sehr geehrte Frau Oyelowo-Brandstätter,

danke für Ihre Mail – Ihr Lebenslauf ist angekommen. Ich lese ihn mir in Ruhe durch und rufe
Sie dann an, um einen Termin für ein Telefonat auszumachen.

Mit freundlichen Grüßen
Martina Hölzl
Hüttenkram Online

""" + reply_quote("de", "2026-06-07 20:16", G, CANDIDATE_ADDR, HUETTENKRAM_APPLICATION)

_mercato_ack = """Hi Greta,

Thank you for applying for the E-commerce Operations Manager position at Mercato Alpino. We've
received your application and our team will review it carefully.

If your experience is a match, we'll reach out to schedule a conversation. In the meantime, feel
free to learn more about how we bring Alpine producers to shoppers across Europe on our blog.

Best,
The Mercato Alpino Team"""

_cartwheel_ack = """Hi Greta,

Thanks for applying to Cartwheel Commerce! This is a quick note to confirm that we received
your application for Marketplace Operations Manager (Zurich).

Our team reviews every application, and we'll be in touch if there's a potential fit.

Cheers,
Cartwheel Commerce Talent Team"""

_brennero_ack = """Dear Greta Oyelowo-Brandstatter,

Thank you for your interest in Brennero Retail Group. This email confirms that we have received
your application for Requisition 26-0418 - E-Commerce Operations Analyst (Milan).

Due to the high volume of applications, unfortunately we cannot reply to every applicant
individually. If your qualifications match our requirements, a member of our Talent Acquisition
team will contact you.

You can check the status of your application at any time in the Brennero Career Section.

Sincerely,
Talent Acquisition
Brennero Retail Group S.p.A.

This message was sent from an unmonitored mailbox. Please do not reply."""

_northwall_ack = """Dear Greta,

Thank you for applying for the position of Seller Operations Manager (Munich) at Northwall
Marketplaces. Your application has been received and is now under review.

What's next? A recruiter will review your profile within the next 10 business days. You will
receive an update by email either way.

Kind regards,
Northwall Marketplaces Talent Acquisition"""

_peakstone_reg = """Hi Greta,

Lovely to speak earlier - thank you for taking the time. This email confirms that you are now
registered with Peakstone Talent, and I'll be your point of contact for e-commerce and
operations roles in Zurich, Munich and Milan.

As agreed, I won't send your CV to any client without asking you first. If you could reply with
your notice period and the latest version of your CV in English, that would be great.

Kind regards,
Hannah Lloyd
Principal Consultant
Peakstone Talent AG | Bahnhofstrasse 52, 8001 Zurich | +41 43 508 77 20"""

_rhone_ack = """Bonjour Greta,

Merci pour votre candidature au poste de Responsable des opérations e-commerce chez Rhône
Glisse ! Nous l'avons bien reçue.

Notre équipe va l'étudier avec attention et reviendra vers vous dans les meilleurs délais.

À bientôt,
L'équipe Rhône Glisse"""

_verdon_ack = """Madame,

Nous accusons réception de votre candidature au poste de Responsable Opérations E-commerce et
vous remercions de l'intérêt que vous portez à Maison Verdon.

En raison du grand nombre de candidatures, nous ne pouvons malheureusement pas répondre
individuellement à chacune d'entre elles. Si votre profil correspond à nos attentes, notre
équipe vous contactera dans un délai de trois semaines.

Cordialement,
L'équipe Recrutement – Maison Verdon"""

_mistral_ack = """Bonjour Greta,

Nous avons bien reçu votre CV et votre lettre, merci ! Votre profil – management d'un point de
location, gestion des stocks saisonniers, trois langues – est tout à fait dans la cible de
plusieurs de nos clients e-commerce et sport à Lyon.

Je vous propose un échange téléphonique la semaine prochaine pour faire connaissance ; je vous
enverrai quelques créneaux.

Bien à vous,
Julien Roche
Consultant senior – Mistral Recrutement
45 rue de la République, 69002 Lyon"""

_tramuntana_ack = """Hola Greta:

¡Gracias por postularte al puesto de Responsable de Operaciones E-commerce en Tramuntana Sports!
Hemos recibido tu candidatura correctamente.

Nuestro equipo la revisará en los próximos días y te contactaremos si tu perfil encaja con lo
que buscamos.

Un saludo,
Equipo de Personas · Tramuntana Sports"""

_garraf_ack = """Hola Greta:

Hemos recibido tu CV para el puesto de Jefa de Turno E-commerce en Sant Boi. Gracias por tu
interés.

Ahora mismo estamos revisando las candidaturas y te diremos algo a finales de la semana que
viene.

Un saludo,
Núria Ferrer
Responsable de Selección, Logística Garraf
Polígon Les Salines, 08830 Sant Boi de Llobregat"""

# =============================================================================================
# offer
# =============================================================================================

_warenwelt_offer = """Sehr geehrte Frau Oyelowo-Brandstätter,

es freut mich sehr, Ihnen nach den Gesprächen mit unserem Panel mitteilen zu dürfen, dass wir
Ihnen die Position Teamleitung Marktplatz-Operations anbieten möchten!

Die wichtigsten Eckdaten:
- Eintritt: 1. Mai 2026
- Dienstort: Wien, Lerchenfelder Gürtel 43; zwei Tage Homeoffice pro Woche
- Gehalt: EUR 3.850 brutto monatlich, 14 Mal jährlich (Kollektivvertrag Handel,
  Beschäftigungsgruppe 5, Überzahlung inkludiert)
- Umzugspauschale: EUR 1.500

Das Angebot im Detail finden Sie im angehängten PDF. Wir würden uns freuen, bis 27. März von
Ihnen zu hören. Für Fragen stehe ich Ihnen und Herr Scheiber jederzeit gerne zur Verfügung.

Mit freundlichen Grüßen

Elif Demir
Talent Acquisition
Warenwelt24 GmbH | Lerchenfelder Gürtel 43 | 1160 Wien
+43 1 402 77 10-331

Warenwelt24 GmbH, FN 487211 t, Handelsgericht Wien. Diese E-Mail ist vertraulich und nur für
den bezeichneten Empfänger bestimmt."""

_almrausch_offer = """Liebe Frau Oyelowo-Brandstätter,

ich habe großartige Neuigkeiten: Almrausch Versand möchte Ihnen ein Angebot machen! Herr
Unterberger hat mich gerade angerufen – nach dem zweiten Gespräch in Wörgl sind sich alle
einig.

Eckdaten, wie mir der Kunde sie genannt hat:
Position: Leitung E-Commerce Operations
Start: 1. Oktober 2026
Gehalt: EUR 4.300 brutto, 14 Mal, plus Firmenhandy und Jobticket

Das schriftliche Angebot schickt Almrausch Ihnen direkt bis Freitag. Haben Sie morgen zwischen
9 und 11 Uhr kurz Zeit? Dann gehen wir die Details und mögliche Verhandlungspunkte durch.

Herzliche Gratulation schon jetzt!

Markus Pichler
Senior Consultant | Alpenpersonal Personalberatung GmbH
Tel. +43 512 560 77-14 | Mobil +43 664 381 22 90"""

_zuerisport_offer = """Grüezi Frau Oyelowo-Brandstätter

Wie heute Nachmittag telefonisch besprochen, freuen wir uns sehr, Ihnen die Stelle als
Teamleiterin Onlineshop-Operations bei Zürisport Online anzubieten.

Zur Zusammenfassung unseres Gesprächs:
- Pensum 100 %, Start per 1. September 2026 oder nach Vereinbarung
- Jahreslohn CHF 96'200 (13 x CHF 7'400)
- Unterstützung bei der Bewilligung (Ausweis B) und beim Umzug nach Zürich

Den Arbeitsvertrag stellen wir Ihnen nächste Woche zu, sobald Sie uns Ihre mündliche Zusage
bestätigt haben. Dario Frei freut sich schon sehr.

Freundliche Grüsse
Nadine Keller
HR Business Partnerin
Zürisport Online AG | Badenerstrasse 571 | 8048 Zürich"""

_talstation_offer = """Liebe Greta,

wie am Freitag besprochen, schicke ich dir anbei deinen Dienstvertrag als Operations Lead bei
Talstation Digital zur Unterschrift.

Bitte lies ihn dir in Ruhe durch. Wenn alles passt, unterschreib bitte beide Seiten und schick
uns den Scan bis 5. August zurück – das Original bringst du einfach am ersten Arbeitstag mit.
Valentina aus der Buchhaltung braucht außerdem noch deine Sozialversicherungsnummer und
Bankverbindung.

Wir freuen uns riesig, dass du ab September an Bord bist!

Liebe Grüße
Verena Pfurtscheller
Geschäftsführerin
Talstation Digital GmbH
Grabenweg 68, 6020 Innsbruck
+43 512 31 92 07"""

_kessler_offer = """Sehr geehrte Frau Oyelowo-Brandstätter,

ich freue mich sehr, Ihnen mitteilen zu können, dass unser Mandant Ihnen nach dem
nachgeholten Gespräch vom 16. Juli ein Angebot für die Position »Leitung Fulfilment & Customer
Care« unterbreiten möchte.

Die Eckpunkte:
- Fixum EUR 78.000 brutto p. a., zuzüglich bis zu 15 % Bonus
- 30 Urlaubstage, Dienstwagen oder Mobilitätsbudget
- Start spätestens 1. November 2026

Den Vertragsentwurf wird Ihnen der Mandant nach Ihrer grundsätzlichen Zusage zusenden; dann
lüften wir auch den Namen. Ich rufe Sie morgen Vormittag an, um Ihre Fragen zu besprechen.

Mit freundlichen Grüßen

Dr. Claudia Vogt
Partnerin
Kessler & Vogt Executive Search GmbH
Prinzregentenstraße 78, 81675 München
Tel. +49 89 215 480 30

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail."""

_mercato_offer = """Dear Greta,

On behalf of Mercato Alpino, I am delighted to offer you the position of E-commerce Operations
Manager, based in our Milan office and reporting to Luca Bassi, Head of Operations.

Your offer letter is attached and includes your gross annual salary of EUR 58,000, a
performance bonus of up to 10%, relocation support of EUR 4,000, and a start date of 1 July
2026.

To accept, please sign the letter and return it by 5 June. Francesca and Luca would love to
have a quick call this week to answer any questions you may have.

We are very excited about the possibility of you joining the team!

Warm regards,
Giulia Ferraro
Talent Partner, Mercato Alpino
Via Savona 52, 20144 Milano | +39 02 3671 0042"""

_glacier_offer = """Hi Greta,

Following our call this afternoon, I'm delighted to confirm that we'd like you to join Glacier
Goods as E-commerce Operations Manager.

To recap what we discussed:
- Base salary CHF 118,000 per year, paid in 13 instalments
- 25 days' holiday, plus the office closure between Christmas and New Year
- Start date 1 October 2026 (we can be flexible)

Our HR team will send the formal contract early next week. I've copied Hannah so she is in the
loop.

Really looking forward to working together,
Tom Achterberg
COO, Glacier Goods
Räffelstrasse 28, 8045 Zürich"""

_northwall_offer = """Hi Greta,

Congratulations again! As promised, your employment contract for the Seller Operations Manager
role is ready for signature.

Please review and sign it electronically via the link below. A PDF copy is attached for your
records.

https://sign.northwall.example.de/envelope/7Q2-NW-8841

The link is valid for 7 days. Once you've signed, we'll send you your onboarding plan and
equipment details for your first day on 1 October.

Best wishes,
Sophie Brenner
People Operations, Northwall Marketplaces
Werksviertel 4, 81671 München"""

_bivouac_offer = """Bonjour Greta,

Suite à nos échanges et à votre rencontre avec l'équipe, j'ai le plaisir de vous proposer le
poste de Responsable des opérations marketplace chez Bivouac Market, en CDI, basé à Lyon
(Confluence).

Vous trouverez ci-joint votre promesse d'embauche précisant les conditions : rémunération
brute annuelle de 46 000 EUR, statut cadre, prise de poste au 2 novembre 2026, période d'essai
de quatre mois.

Nous vous remercions de nous retourner le document signé avant le 25 septembre. Je reste à
votre disposition pour toute question.

Bien cordialement,
Mathilde Girard
Responsable RH – Bivouac Market
30 quai Rambaud, 69002 Lyon"""

_tramuntana_offer = """Hola Greta:

¡Enhorabuena! Después de las entrevistas con Marta y Jordi, nos complace ofrecerte el puesto de
Responsable de Operaciones E-commerce en Tramuntana Sports.

Te adjuntamos la carta de oferta con todos los detalles: salario bruto anual de 42.000 EUR,
contrato indefinido, incorporación el 1 de octubre y ayuda para la mudanza a Barcelona.

Si tienes cualquier duda, llámame. Te agradeceríamos una respuesta antes del 14 de agosto.

Un abrazo,
Marta Vidal
Directora de Operaciones · Tramuntana Sports
Carrer de Sancho de Ávila 65, 08018 Barcelona · +34 931 220 457"""

MESSAGES = [
    # ============================================================ application_received de (11)
    {"id": "bergwerk-ack", "kind": A, "scen": "bergwerk_personio_ack", "lang": "de",
     "company": "Bergwerk Outdoor", "contact": "",
     "from": ("Bergwerk Outdoor GmbH", "noreply@personio.de"),
     "date": "2026-01-12 08:41 +0100",
     "subject": "Ihre Bewerbung bei Bergwerk Outdoor GmbH", "text": _bergwerk_ack,
     "html": ats_card("Bergwerk Outdoor", "#166534", paras(_bergwerk_ack),
                      "Versendet mit Personio · Bergwerk Outdoor GmbH, Museumstraße 22, "
                      "6020 Innsbruck"), "cte": "qp", "headers": [AUTO]},
    {"id": "kistl-ack", "kind": A, "scen": "kistl_softgarden_no_individual_reply", "lang": "de",
     "company": "Kistl Logistik", "contact": "",
     "from": ("Kistl Logistik GmbH über softgarden", "noreply@softgarden.io", "utf-8-q"),
     "date": "2026-01-20 21:03 +0100",
     "subject": "Eingangsbestätigung Ihrer Bewerbung", "subj_enc": "utf-8-q",
     "text": _kistl_ack, "charset": "iso-8859-1", "cte": "qp", "headers": [AUTO]},
    {"id": "warenwelt-ack", "kind": A, "scen": "warenwelt24_smartrecruiters_du", "lang": "de",
     "company": "Warenwelt24", "contact": "",
     "from": ("Warenwelt24", "noreply@smartrecruiters.com"),
     "date": "2026-02-10 19:47 +0100",
     "subject": "Danke für deine Bewerbung bei Warenwelt24!", "subj_enc": "utf-8-b",
     "text": _warenwelt_ack,
     "html": ats_card("Warenwelt24", "#db2777", paras(_warenwelt_ack),
                      "Warenwelt24 GmbH · powered by SmartRecruiters"),
     "cte": "base64", "headers": [AUTO]},
    {"id": "helvetrail-ack", "kind": A, "scen": "helvetrail_workday_ack", "lang": "de",
     "company": "Helvetrail", "contact": "",
     "from": ("Helvetrail", "helvetrail@myworkday.com"),
     "date": "2026-02-09 10:12 +0100",
     "subject": "Eingangsbestätigung – Teamleiterin E-Commerce Fulfilment", "subj_enc": "utf-8-q",
     "text": _helvetrail_ack, "cte": "qp", "headers": [AUTO]},
    {"id": "alpen-reg", "kind": A, "scen": "agency_registration_confirmed", "lang": "de",
     "company": "Alpenpersonal", "contact": "markus.pichler@alpenpersonal.example.at",
     "from": ("Markus Pichler", "markus.pichler@alpenpersonal.example.at"),
     "date": "2026-03-25 16:10 +0100",
     "subject": "Ihre Registrierung bei Alpenpersonal", "text": _alpen_reg,
     "charset": "windows-1252", "cte": "qp"},
    {"id": "nordhang-ack", "kind": A, "scen": "nordhang_successfactors_html_only", "lang": "de",
     "company": "Nordhang Retail Group", "contact": "",
     "from": ("Nordhang Retail Group Karriere", "nordhang-careers@successfactors.eu"),
     "date": "2026-03-12 12:00 +0100",
     "subject": "Bestätigung Ihrer Bewerbung (Req-ID 41872)", "subj_enc": "iso-8859-1-b",
     "html": _nordhang_ack_html, "cte": "qp", "headers": [AUTO]},
    {"id": "paketfuchs-ack", "kind": A, "scen": "paketfuchs_icims_ack", "lang": "de",
     "company": "Paketfuchs", "contact": "",
     "from": ("Paketfuchs Recruiting", "donotreply@icims.com"),
     "date": "2026-02-20 07:45 +0100",
     "subject": "Ihre Bewerbung ist eingegangen (2026-0147)", "text": _paketfuchs_ack,
     "charset": "iso-8859-1", "cte": "8bit", "headers": [AUTO]},
    {"id": "schnee-ack", "kind": A, "scen": "schneekristall_bamboohr_ack", "lang": "de",
     "company": "Schneekristall Versand", "contact": "",
     "from": ("Schneekristall Versand", "noreply@bamboohr.com"),
     "date": "2026-03-02 13:29 +0100",
     "subject": "Danke für Ihre Bewerbung!", "subj_enc": "iso-8859-1-q",
     "text": _schnee_ack,
     "html": ats_card("Schneekristall Versand", "#0284c7", paras(_schnee_ack),
                      "Gesendet über BambooHR"), "cte": "qp", "headers": [AUTO]},
    {"id": "gipfelgut-ack", "kind": A, "scen": "gipfelgut_workable_ack", "lang": "de",
     "company": "Gipfelgut", "contact": "",
     "from": ("Gipfelgut", "noreply@workablemail.com"),
     "date": "2026-04-06 23:12 +0200",
     "subject": "Deine Bewerbung bei Gipfelgut", "text": _gipfelgut_ack,
     "html": ats_card("Gipfelgut", "#7c3aed", paras(_gipfelgut_ack),
                      "Gesendet über Workable im Auftrag von Gipfelgut"),
     "cte": "qp", "headers": [AUTO]},
    {"id": "zuerisport-ack", "kind": A, "scen": "zuerisport_dossier_received", "lang": "de",
     "company": "Zürisport Online", "contact": "nadine.keller@zuerisport.example.ch",
     "from": ("Nadine Keller", "nadine.keller@zuerisport.example.ch"),
     "date": "2026-05-04 08:37 +0200",
     "subject": "Ihre Bewerbung – Eingangsbestätigung", "subj_enc": "utf-8-q",
     "text": _zuerisport_ack, "charset": "iso-8859-1", "cte": "qp"},
    {"id": "huettenkram-ack", "kind": A, "scen": "huettenkram_cv_arrived_quotes_application",
     "lang": "de", "company": "Hüttenkram Online", "contact": "m.hoelzl@huettenkram.example.at",
     "from": ("Martina Hölzl", "m.hoelzl@huettenkram.example.at"),
     "date": "2026-06-08 09:02 +0200", "reply": "<huettenkram-application-0607@mail.example.at>",
     "subject": "AW: Bewerbung E-Commerce Koordination", "text": _huettenkram_ack, "cte": "qp"},
    # ============================================================ application_received en (5)
    {"id": "mercato-ack", "kind": A, "scen": "mercato_lever_ack", "lang": "en",
     "company": "Mercato Alpino", "contact": "",
     "from": ("Mercato Alpino", "no-reply@hire.lever.co"),
     "date": "2026-04-20 18:22 +0200",
     "subject": "Thanks for applying to Mercato Alpino", "text": _mercato_ack,
     "html": ats_card("Mercato Alpino", "#b45309", paras(_mercato_ack), "Powered by Lever",
                      lang="en"), "headers": [AUTO]},
    {"id": "cartwheel-ack", "kind": A, "scen": "cartwheel_greenhouse_ack", "lang": "en",
     "company": "Cartwheel Commerce", "contact": "",
     "from": ("Cartwheel Commerce", "no-reply@greenhouse-mail.io"),
     "date": "2026-03-02 11:58 +0100",
     "subject": "Thank you for applying to Cartwheel Commerce", "text": _cartwheel_ack,
     "html": html_page(paras(_cartwheel_ack), "en"), "headers": [AUTO]},
    {"id": "brennero-ack", "kind": A, "scen": "brennero_taleo_cannot_reply_individually",
     "lang": "en", "company": "Brennero Retail Group", "contact": "",
     "from": ("Brennero Retail Group", "brennero@taleo.net"),
     "date": "2026-06-02 23:40 +0000",
     "subject": "Brennero Retail Group - Application received - Requisition 26-0418",
     "text": _brennero_ack, "headers": [AUTO]},
    {"id": "northwall-ack", "kind": A, "scen": "northwall_icims_ack", "lang": "en",
     "company": "Northwall Marketplaces", "contact": "",
     "from": ("Northwall Marketplaces Careers", "northwall@icims.com"),
     "date": "2026-07-28 06:15 +0200",
     "subject": "Application received: Seller Operations Manager (Munich)",
     "text": _northwall_ack, "html": ats_card(
         "Northwall Marketplaces", "#1e293b", paras(_northwall_ack),
         "Northwall Marketplaces GmbH · Werksviertel 4 · 81671 München<br>Sent via iCIMS",
         lang="en"), "cte": "base64", "headers": [AUTO]},
    {"id": "peakstone-ack", "kind": A, "scen": "agency_registration_en", "lang": "en",
     "company": "Peakstone Talent", "contact": "hannah.lloyd@peakstone.example.ch",
     "from": ("Hannah Lloyd", "hannah.lloyd@peakstone.example.ch"),
     "date": "2026-04-02 17:31 +0200",
     "subject": "Welcome to Peakstone Talent", "text": _peakstone_reg},
    # ============================================================ application_received fr (3)
    {"id": "rhone-ack", "kind": A, "scen": "rhoneglisse_teamtailor_ack", "lang": "fr",
     "company": "Rhône Glisse", "contact": "",
     "from": ("Rhône Glisse", "no-reply@teamtailor-mail.com", "iso-8859-1-b"),
     "date": "2026-03-23 09:03 +0100",
     "subject": "Nous avons bien reçu votre candidature", "subj_enc": "utf-8-q",
     "text": _rhone_ack, "html": ats_card("Rhône Glisse", "#1e40af", paras(_rhone_ack),
                                          "Envoyé via Teamtailor", lang="fr"),
     "cte": "qp", "headers": [AUTO]},
    {"id": "verdon-ack", "kind": A, "scen": "maisonverdon_cannot_answer_each", "lang": "fr",
     "company": "Maison Verdon", "contact": "",
     "from": ("Maison Verdon", "noreply@smartrecruiters.com"),
     "date": "2026-02-26 14:14 +0100",
     "subject": "Accusé de réception de votre candidature", "subj_enc": "iso-8859-1-q",
     "text": _verdon_ack, "charset": "windows-1252", "cte": "8bit", "headers": [AUTO]},
    {"id": "mistral-ack", "kind": A, "scen": "agency_cv_received_fr", "lang": "fr",
     "company": "Mistral Recrutement", "contact": "j.roche@mistral-rh.example.fr",
     "from": ("Julien Roche", "j.roche@mistral-rh.example.fr"),
     "date": "2026-04-09 12:20 +0200",
     "subject": "Votre CV – Mistral Recrutement", "subj_enc": "utf-8-q",
     "text": _mistral_ack, "cte": "qp"},
    # ============================================================ application_received es (2)
    {"id": "tramuntana-ack", "kind": A, "scen": "tramuntana_recruitee_ack", "lang": "es",
     "company": "Tramuntana Sports", "contact": "",
     "from": ("Tramuntana Sports", "noreply@jobs.recruitee.com"),
     "date": "2026-07-06 18:30 +0200",
     "subject": "Hemos recibido tu candidatura", "text": _tramuntana_ack,
     "html": ats_card("Tramuntana Sports", "#0369a1", paras(_tramuntana_ack),
                      "Enviado con Recruitee", lang="es"), "cte": "base64", "headers": [AUTO]},
    {"id": "garraf-ack", "kind": A, "scen": "garraf_cv_received", "lang": "es",
     "company": "Logística Garraf", "contact": "nuria.ferrer@logistica-garraf.example.es",
     "from": ("Núria Ferrer", "nuria.ferrer@logistica-garraf.example.es"),
     "date": "2026-08-17 10:48 +0200",
     "subject": "Re: Candidatura Jefa de Turno E-commerce",
     "reply": "<garraf-application-0816@mail.example.at>",
     "text": _garraf_ack, "charset": "windows-1252", "cte": "qp"},
    # ============================================================ offer de (5)
    {"id": "warenwelt-offer", "kind": OFR, "scen": "warenwelt24_formal_offer_pdf", "lang": "de",
     "company": "Warenwelt24", "contact": "elif.demir@warenwelt24.example.at",
     "from": ("Demir, Elif", "elif.demir@warenwelt24.example.at"),
     "cc": [("Scheiber, Martin", "martin.scheiber@warenwelt24.example.at")],
     "date": "2026-03-20 15:02 +0100", "reply": "warenwelt-move",
     "subject": "Ihr Angebot: Teamleitung Marktplatz-Operations bei Warenwelt24",
     "text": _warenwelt_offer, "html": outlook_html(mso_paras(_warenwelt_offer)), "cte": "qp",
     "headers": outlook_headers("Angebot Teamleitung Marktplatz-Operations"),
     "attach": [{"filename": "Angebot_Oyelowo-Brandstaetter_Warenwelt24.pdf",
                 "title": "Warenwelt24 GmbH - Dienstvertragsangebot",
                 "lines": ["Frau Greta Oyelowo-Brandstätter, Kitzbühel",
                           "Position: Teamleitung Marktplatz-Operations",
                           "Eintritt: 1. Mai 2026, Dienstort Wien",
                           "Bruttomonatsgehalt EUR 3.850, 14 Mal jährlich, KV Handel BG 5",
                           "Umzugspauschale EUR 1.500",
                           "Das Angebot ist gültig bis 27. März 2026.",
                           "Wien, 20. März 2026 - Elif Demir, Talent Acquisition"]}]},
    {"id": "almrausch-offer", "kind": OFR, "scen": "agency_client_wants_to_offer", "lang": "de",
     "company": "Almrausch Versand", "contact": "markus.pichler@alpenpersonal.example.at",
     "from": ("Markus Pichler", "markus.pichler@alpenpersonal.example.at"),
     "date": "2026-08-12 16:54 +0200",
     "subject": "Almrausch Versand möchte Ihnen ein Angebot machen!", "subj_enc": "utf-8-q",
     "text": _almrausch_offer, "cte": "qp"},
    {"id": "zuerisport-offer", "kind": OFR, "scen": "zuerisport_verbal_offer_followup", "lang": "de",
     "company": "Zürisport Online", "contact": "nadine.keller@zuerisport.example.ch",
     "from": ("Nadine Keller", "nadine.keller@zuerisport.example.ch"),
     "date": "2026-06-05 17:12 +0200", "reply": "zuerisport-move",
     "subject": "Unser Angebot – Teamleiterin Onlineshop-Operations", "subj_enc": "utf-8-b",
     "text": _zuerisport_offer, "html": html_page(paras(_zuerisport_offer)), "cte": "qp"},
    {"id": "talstation-offer", "kind": OFR, "scen": "talstation_contract_for_signature", "lang": "de",
     "company": "Talstation Digital", "contact": "verena.pfurtscheller@talstation.example.at",
     "from": ("Verena Pfurtscheller", "verena.pfurtscheller@talstation.example.at"),
     "date": "2026-07-27 11:06 +0200",
     "subject": "Dein Dienstvertrag zur Unterschrift", "text": _talstation_offer,
     "cte": "8bit",
     "attach": [{"filename": "Dienstvertrag_Greta_Oyelowo-Brandstätter.pdf",
                 "title": "Dienstvertrag - Talstation Digital GmbH",
                 "lines": ["Dienstgeberin: Talstation Digital GmbH, Grabenweg 68, 6020 Innsbruck",
                           "Dienstnehmerin: Greta Oyelowo-Brandstätter",
                           "Verwendung: Operations Lead, Beginn 1. September 2026",
                           "Bruttomonatsentgelt EUR 3.900, 14 Mal jährlich",
                           "Kollektivvertrag: Handel; Probezeit ein Monat",
                           "Ort, Datum, Unterschrift Dienstgeberin / Dienstnehmerin"]}]},
    {"id": "kessler-offer", "kind": OFR, "scen": "headhunter_unnamed_client_offer", "lang": "de",
     "company": "Kessler & Vogt", "contact": "c.vogt@kesslervogt.example.de",
     "from": ("Dr. Claudia Vogt", "c.vogt@kesslervogt.example.de"),
     "date": "2026-07-24 18:31 +0200", "reply": "kessler-move",
     "subject": "Angebot unseres Mandanten – Leitung Fulfilment & Customer Care",
     "subj_enc": "windows-1252-q",
     "text": _kessler_offer, "charset": "windows-1252", "cte": "qp"},
    # ============================================================ offer en (3)
    {"id": "mercato-offer", "kind": OFR, "scen": "mercato_offer_letter_pdf", "lang": "en",
     "company": "Mercato Alpino", "contact": "giulia.ferraro@mercatoalpino.example.it",
     "from": ("Giulia Ferraro", "giulia.ferraro@mercatoalpino.example.it"),
     "date": "2026-05-27 10:40 +0200", "reply": "mercato-move",
     "subject": "Offer of employment - E-commerce Operations Manager", "text": _mercato_offer,
     "html": html_page(paras(_mercato_offer), "en"),
     "attach": [{"filename": "Offer_Letter_Greta_Oyelowo-Brandstatter.pdf",
                 "title": "Mercato Alpino S.r.l. - Offer of Employment",
                 "lines": ["Candidate: Greta Oyelowo-Brandstätter",
                           "Position: E-commerce Operations Manager, Milan",
                           "Gross annual salary: EUR 58,000; bonus up to 10%",
                           "Relocation support: EUR 4,000", "Start date: 1 July 2026",
                           "Please sign and return by 5 June 2026.",
                           "Signed: Giulia Ferraro, Talent Partner"]}]},
    {"id": "glacier-offer", "kind": OFR, "scen": "glacier_verbal_offer_followup", "lang": "en",
     "company": "Glacier Goods", "contact": "tom.achterberg@glaciergoods.example.ch",
     "from": ("Tom Achterberg", "tom.achterberg@glaciergoods.example.ch"),
     "cc": [("Hannah Lloyd", "hannah.lloyd@peakstone.example.ch")],
     "date": "2026-07-17 16:25 +0200",
     "subject": "Following our call - your offer", "text": _glacier_offer},
    {"id": "northwall-offer", "kind": OFR, "scen": "northwall_contract_esign", "lang": "en",
     "company": "Northwall Marketplaces", "contact": "sophie.brenner@northwall.example.de",
     "from": ("Sophie Brenner", "sophie.brenner@northwall.example.de"),
     "date": "2026-08-20 09:12 +0200",
     "subject": "Your Northwall contract is ready for signature", "text": _northwall_offer,
     "html": html_page(paras(_northwall_offer), "en"), "cte": "qp",
     "attach": [{"filename": "Northwall_Employment_Contract_Oyelowo-Brandstatter.pdf",
                 "title": "Northwall Marketplaces GmbH - Employment Contract",
                 "lines": ["Employee: Greta Oyelowo-Brandstätter",
                           "Position: Seller Operations Manager, Munich",
                           "Start date: 1 October 2026",
                           "Annual gross salary: EUR 68,500",
                           "Probation period: six months",
                           "Signature employer / Signature employee"]}]},
    # ============================================================ offer fr (1)
    {"id": "bivouac-offer", "kind": OFR, "scen": "bivouac_promesse_embauche", "lang": "fr",
     "company": "Bivouac Market", "contact": "mathilde.girard@bivouac-market.example.fr",
     "from": ("Mathilde Girard", "mathilde.girard@bivouac-market.example.fr"),
     "date": "2026-09-15 14:48 +0200",
     "subject": "Proposition d'embauche – Responsable des opérations marketplace",
     "subj_enc": "utf-8-q", "text": _bivouac_offer, "cte": "qp",
     "attach": [{"filename": "Promesse_embauche_Oyelowo-Brandstatter.pdf",
                 "title": "Bivouac Market SAS - Promesse d'embauche",
                 "lines": ["Madame Greta Oyelowo-Brandstätter",
                           "Poste : Responsable des opérations marketplace (CDI, cadre)",
                           "Lieu : Lyon Confluence",
                           "Rémunération brute annuelle : 46 000 EUR",
                           "Date de prise de poste : 2 novembre 2026",
                           "Période d'essai : quatre mois",
                           "Fait à Lyon, le 15 septembre 2026"]}]},
    # ============================================================ offer es (1)
    {"id": "tramuntana-offer", "kind": OFR, "scen": "tramuntana_offer_letter", "lang": "es",
     "company": "Tramuntana Sports", "contact": "marta.vidal@tramuntana.example.es",
     "from": ("Marta Vidal", "marta.vidal@tramuntana.example.es"),
     "date": "2026-08-04 13:33 +0200", "reply": "tramuntana-move",
     "subject": "Oferta: Responsable de Operaciones E-commerce", "text": _tramuntana_offer,
     "cte": "qp",
     "attach": [{"filename": "Carta_oferta_Tramuntana_Sports.pdf",
                 "title": "Tramuntana Sports S.L. - Carta de oferta",
                 "lines": ["Candidata: Greta Oyelowo-Brandstätter",
                           "Puesto: Responsable de Operaciones E-commerce",
                           "Salario bruto anual: 42.000 EUR",
                           "Contrato indefinido, incorporación 1 de octubre de 2026",
                           "Ayuda de traslado a Barcelona",
                           "Barcelona, 4 de agosto de 2026"]}]},
]

_ = (signature,)
