"""Corpus 238, kind `rejection`: 31 hand-written messages (de 15, en 8, fr 4, es 4)."""

from __future__ import annotations

from msgs238_common import (
                            AUTO,
                            CANDIDATE,
                            CANDIDATE_ADDR,
                            CANDIDATE_NAME,
                            ats_card,
                            esc,
                            forwarded,
                            html_page,
                            mso_paras,
                            mso_quote_head,
                            outlook_block,
                            outlook_headers,
                            outlook_html,
                            paras,
                            quote,
                            reply_quote,
                            signature,
)
from msgs238_threads import (
                            BERGWERK_THANKS,
                            BRETTL_CONFIRM,
                            BRETTL_INVITE,
                            LANTERNA_THANKS,
                            LODEN_MOVE,
                            PIRINEU_THANKS,
                            RHONE_RESCHEDULE,
                            SUMMITLY_MOVE,
                            TRAILHAUS_INVITE,
)

G = CANDIDATE_NAME
R = "rejection"

# --- de ---------------------------------------------------------------------------------------

_bergwerk = """Liebe Frau Oyelowo-Brandstätter,

vielen Dank für Ihre freundlichen Zeilen nach unserem Gespräch – das Lob für die Werkstatt gebe
ich gerne an Florian weiter.

Wir haben es uns nicht leicht gemacht. Am Ende fiel unsere Wahl auf eine Kollegin, die bereits
zwei Jahre lang einen Shopware-Shop im Tagesgeschäft betreut hat; genau diese Routine brauchen
wir zum Saisonstart im Herbst. Für die Stelle als E-Commerce Operations Specialist können wir
Ihnen deshalb keine Zusage geben.

Ihre Erfahrung mit Verleihlogistik und Kassensystemen hat uns trotzdem beeindruckt. Wenn Sie
einverstanden sind, melde ich mich, sobald im Fulfilment wieder etwas frei wird.

Alles Gute für die letzten Wochen der Wintersaison!

""" + signature("Sabine Kerschbaumer", "People & Culture", "Bergwerk Outdoor GmbH",
                "Museumstraße 22, 6020 Innsbruck", "T +43 512 908411-23",
                dashes=False) + "\n\n" + reply_quote(
    "de", "2026-01-28 18:42", G, CANDIDATE_ADDR, BERGWERK_THANKS)

_kistl = """Sehr geehrte Frau Oyelowo-Brandstätter,

wir bedanken uns nochmals für Ihr Interesse an der Position »Teamleitung Versand & Retouren
(w/m/d)« am Standort Salzburg-Liefering und für das Telefonat vom 10. Februar.

Nach Abschluss aller Gespräche müssen wir Ihnen heute mitteilen, dass wir Ihre Bewerbung im
weiteren Verfahren nicht mehr berücksichtigen. Ausschlaggebend war die Erfahrung in der Führung
eines Schichtteams im Lager, die für diese Position unverzichtbar ist.

Ihre Unterlagen werden gemäß DSGVO sechs Monate nach Abschluss des Verfahrens gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kistl Logistik GmbH

Diese Nachricht wurde automatisch über softgarden versendet. Antworten an diese Adresse werden
nicht gelesen."""

_kistl_html = ats_card(
    "Kistl Logistik", "#1d4ed8",
    "<p>Sehr geehrte Frau Oyelowo-Brandstätter,</p>\n"
    "<p>wir bedanken uns nochmals für Ihr Interesse an der Position "
    "<b>»Teamleitung Versand &amp; Retouren (w/m/d)«</b> am Standort Salzburg-Liefering und für "
    "das Telefonat vom 10. Februar.</p>\n"
    "<p>Nach Abschluss aller Gespräche müssen wir Ihnen heute mitteilen, dass wir Ihre Bewerbung "
    "im weiteren Verfahren nicht mehr berücksichtigen. Ausschlaggebend war die Erfahrung in der "
    "Führung eines Schichtteams im Lager, die für diese Position unverzichtbar ist.</p>\n"
    "<p>Ihre Unterlagen werden gemäß DSGVO sechs Monate nach Abschluss des Verfahrens "
    "gelöscht.</p>\n<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Kistl Logistik "
    "GmbH</p>",
    "Diese Nachricht wurde automatisch über softgarden versendet. Antworten an diese Adresse "
    "werden nicht gelesen.")

_helvetrail_html = ats_card(
    "Helvetrail Careers", "#b91c1c",
    "<p>Grüezi Frau Oyelowo-Brandstätter</p>\n"
    "<p>Besten Dank für Ihre Bewerbung als <b>Teamleiterin E-Commerce Fulfilment (80–100 %)</b> "
    "in Zürich-Altstetten.</p>\n"
    "<p>Wir haben alle eingegangenen Dossiers sorgfältig gesichtet. Ihr Dossier ist dabei leider "
    "nicht in die engere Auswahl gekommen, weshalb wir Sie nicht zu einem Gespräch einladen "
    "werden.</p>\n"
    "<p>Wir danken Ihnen für das Vertrauen, das Sie Helvetrail entgegengebracht haben, und "
    "wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.</p>\n"
    "<p>Freundliche Grüsse<br>Talent Acquisition<br>Helvetrail AG</p>",
    "Helvetrail AG · Hohlstrasse 550 · 8048 Zürich<br>Dies ist eine automatisch generierte "
    "E-Mail aus Workday. Bitte antworten Sie nicht auf diese Nachricht.",
    button=("Zu meinen Bewerbungen", "https://helvetrail.wd3.myworkday.com/helvetrail/d/home.htmld"))

_loden = """Grüß Gott Frau Oyelowo-Brandstätter,

ich habe heute Mittag das Feedback von Loden & Lamm bekommen - und es ist leider kein gutes.
Frau Aigner war vom Gespräch am Freitag angetan, die Geschäftsführung will die Stelle aber mit
jemandem besetzen, der schon Marktplätze wie Zalando oder About You betreut hat. Für die Position
E-Commerce Operations in Salzburg sind Sie damit aus dem Rennen.

Das ist ärgerlich, weil Sie fachlich sonst sehr gut gepasst hätten. Ich bleibe für Sie dran und
melde mich, sobald ich ein passendes Mandat im Tiroler Raum habe.

Beste Grüße
Markus Pichler
Senior Consultant | Alpenpersonal Personalberatung GmbH
Maria-Theresien-Straße 18, 6020 Innsbruck
Tel. +43 512 560 77-14 | Mobil +43 664 381 22 90

""" + reply_quote("de", "2026-04-13 08:05", "Markus Pichler", "markus.pichler@alpenpersonal.example.at",
                  LODEN_MOVE)

_gipfelgut = """Liebe Greta,

ich muss dir leider eine Nachricht überbringen, die weder du noch ich erwartet haben: Die
Geschäftsführung hat die Stelle »Operations Managerin Online-Shop« in dieser Woche bis auf
Weiteres eingefroren. Hintergrund ist eine Budgetkürzung nach dem schwachen ersten Quartal.

Wir werden das Auswahlverfahren daher nicht fortsetzen, auch nicht mit den anderen
Bewerberinnen. Sollte die Stelle im Herbst wieder aufgemacht werden, würde ich mich gerne bei
dir melden – sag mir einfach, ob das für dich in Ordnung ist.

Danke für deine Geduld und Entschuldigung für das Hin und Her rund um den Videocall.

Jana Moser
Head of People · Gipfelgut
Neubaugasse 64, 1070 Wien

Gesendet über Workable"""

_schneekristall = """Sehr geehrte Frau Oyelowo-Brandstätter,

wir möchten Ihnen ein ehrliches Update geben: Die Stelle »Leitung Kundenservice & Retouren«
haben wir inzwischen mit einer Mitarbeiterin aus dem eigenen Haus besetzt, die bisher unser
Lager in Eugendorf koordiniert hat.

Damit ist die Position vergeben und wir können Ihre Bewerbung nicht weiter berücksichtigen. Wir
bedauern das, zumal wir Sie gern beim Probearbeiten kennengelernt hätten.

Mit besten Grüßen aus Eugendorf
Thomas Eder
Personalleitung, Schneekristall Versand GmbH

Diese E-Mail wurde über BambooHR versendet."""

_trailhaus = """Hallo Greta,

danke nochmal fürs Kaffeetrinken. Wir haben uns entschieden, die Rolle intern anders
aufzuteilen – für dich wird's diesmal also nix.

Alles Gute und bis bald am Berg,
Lukas

""" + reply_quote("de", "2026-03-02 21:14", "Lukas Gruber", "lukas@trailhaus.example.at",
                  TRAILHAUS_INVITE)

_donaukai = """Servus Greta,

kurze und leider nicht so schöne Nachricht von mir: Aus der Schichtleitung Fulfilment wird's
für dich nichts. Das Team hat am Ende jemanden genommen, der SAP EWM schon bei einem anderen
3PL eingeführt hat – und genau das steht bei uns im Sommer an.

Ich hätt' dich gern im Team gehabt, ehrlich. Wenn du magst, bleiben wir in Kontakt; ich kenn
ein paar Leute bei Händlern in Wien, die genau so jemanden wie dich suchen könnten.

Lg Petra

Petra Wimmer | Operations Lead
Donaukai Fulfilment GmbH | Handelskai 340, 1020 Wien
+43 1 720 44 18"""

_nordhang_html = ats_card(
    "Nordhang Retail Group", "#374151",
    "<p>Sehr geehrte Frau Oyelowo-Brandstätter,</p>\n"
    "<p>im Anschluss an das Assessment Center vom 21. April in München möchten wir Ihnen heute "
    "unsere Entscheidung zur Position <b>Teamlead E-Commerce Operations (m/w/d)</b> mitteilen.</p>\n"
    "<p>Die Leistungen aller Teilnehmenden lagen eng beieinander. Nach Abwägung der Ergebnisse aus "
    "Fallstudie, Präsentation und Interview werden wir Ihre Kandidatur jedoch nicht "
    "weiterverfolgen.</p>\n"
    "<p>Wir danken Ihnen für Ihre Zeit und Ihr Engagement und wünschen Ihnen alles Gute.</p>\n"
    "<p>Mit freundlichen Grüßen<br>Ihr Talent-Acquisition-Team<br>Nordhang Retail Group "
    "GmbH</p>",
    "Nordhang Retail Group GmbH · Leopoldstraße 203 · 80804 München · Amtsgericht München "
    "HRB 241187 · Geschäftsführung: Dr. Ulrike Sattler, Benedikt Kraus<br>"
    "Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn "
    "Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und "
    "vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser "
    "Mail sind nicht gestattet.")

_paketfuchs = """Sehr geehrte Frau Oyelowo-Brandstätter,

vielen Dank für Ihre Bewerbung als Standortkoordinatorin Paketshop-Netz (Referenznummer
2026-0147) und Ihr Interesse an der Paketfuchs GmbH.

Leider müssen wir Ihnen heute eine Absage erteilen. Wir haben uns für Bewerberinnen und Bewerber
entschieden, die bereits ein Partnernetz im Paketbereich aufgebaut haben.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Freundliche Grüße
Paketfuchs GmbH - Recruiting
Lassallestraße 9, 1020 Wien

Bitte antworten Sie nicht auf diese E-Mail. Sie wurde automatisch über iCIMS versendet."""

_firnline = """Liebe Frau Oyelowo-Brandstätter,

herzlichen Dank für das zweite Gespräch mit Moritz und mir in der vergangenen Woche und für die
Zeit, die Sie in die Vorbereitung der Fallstudie gesteckt haben.

Nach reiflicher Überlegung haben wir einer Kandidatin den Vorzug gegeben, die bereits im
Münchner Team eines Outdoor-Marktplatzes gearbeitet hat. Wir wissen, dass das nach mehreren
Runden enttäuschend ist, und möchten uns ausdrücklich für Ihre Flexibilität beim verschobenen
Termin bedanken.

Für Ihre weitere Suche wünsche ich Ihnen viel Erfolg – gerne dürfen Sie mich auf LinkedIn
hinzufügen.

Viele Grüße
Katharina Brandl
Talent Partner, Firnline"""

_limmat = """Grüezi Frau Oyelowo-Brandstätter

Danke für Ihr Dossier und das kurze Telefonat vom Montag.

Für die ausgeschriebene Stelle als Leiterin Versandabwicklung kommen Sie bei uns leider nicht in
Frage: Wir brauchen jemanden, der die Verzollung in die EU und die Mehrwertsteuer-Abwicklung
schon selbständig verantwortet hat.

Ihr Profil gefällt uns trotzdem. Gerne würden wir Ihr Dossier in unseren Talentpool aufnehmen
und Sie kontaktieren, wenn eine passende Stelle frei wird. Sind Sie damit einverstanden? Ein
kurzes «Ja» per Mail genügt.

Freundliche Grüsse

Reto Baumgartner
Leiter Personal
Limmatversand AG
Hardturmstrasse 161, 8005 Zürich
+41 44 512 30 80"""

_kessler = """Sehr geehrte Frau Oyelowo-Brandstätter,

wie telefonisch angekündigt, fasse ich den Stand zum Mandat »Head of E-Commerce Operations«
zusammen: Unser Mandant, ein Münchner Sportartikelhersteller mit eigenem Onlineshop, hat sich
nach den Zweitgesprächen gegen Ihre Kandidatur entschieden. Das Feedback war respektvoll; man
sah Sie noch nicht auf dem Level einer Bereichsleitung mit 40 Mitarbeitenden.

Ich empfehle Ihnen, sich auf Stellen eine Ebene darunter zu konzentrieren. Gerne spreche ich mit
Ihnen über zwei Mandate, die wir im Sommer starten.

Mit freundlichen Grüßen

Dr. Claudia Vogt
Partnerin
Kessler & Vogt Executive Search GmbH
Prinzregentenstraße 78, 81675 München
Tel. +49 89 215 480 30

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht
der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte
sofort den Absender und löschen Sie diese E-Mail. Kessler & Vogt Executive Search GmbH,
Sitz München, Registergericht München HRB 198302."""

_huettenkram = """Sehr geehrte Frau Oyelowo-Brandstätter,

ich muss Ihnen leider mitteilen, dass die Stelle »E-Commerce Koordination« nicht mehr besetzt
wird. Unsere Gesellschafter haben letzte Woche beschlossen, den Onlineshop samt Versand an einen
externen Dienstleister in Hall auszulagern. Damit fällt die Position komplett weg.

Es tut mir leid, dass Sie nach dem Telefonat so lange auf eine Antwort warten mussten.

Mit freundlichen Grüßen
Martina Hölzl
Hüttenkram Online e.U.
Anichstraße 5, 6020 Innsbruck"""

_brettl_new = """Liebe Frau Oyelowo-Brandstätter,

danke für Ihre Geduld nach dem zweiten Gespräch mit Herrn Moosbrugger. Wir haben lange
diskutiert und uns schließlich für einen Bewerber entschieden, der aus dem Versandhandel kommt
und unser Warenwirtschaftssystem bereits kennt.

Ich weiß, dass Sie sich viel Mühe gemacht haben, und bedauere, Ihnen keine bessere Nachricht
schicken zu können. Alles Gute für Ihre weitere Suche!

Freundliche Grüße

Andrea Rainer
Personal & Administration
Brettl & Bindung GmbH | Austraße 7 | 5020 Salzburg
T: +43 662 874 120-5

Vertraulichkeitshinweis: Diese Nachricht ist ausschließlich für den genannten Empfänger
bestimmt. Sollten Sie nicht der vorgesehene Empfänger sein, ist jede Verwendung unzulässig."""

_brettl_chain = (
    _brettl_new + "\n\n"
    + outlook_block("de", f"{G} <{CANDIDATE_ADDR}>", "Mittwoch, 4. März 2026 19:22",
                    "Andrea Rainer <andrea.rainer@brettl-bindung.example.at>",
                    "AW: Einladung zum Vorstellungsgespräch", BRETTL_CONFIRM)
    + "\n\n"
    + outlook_block("de", "Andrea Rainer <andrea.rainer@brettl-bindung.example.at>",
                    "Mittwoch, 4. März 2026 10:03", f"{G} <{CANDIDATE_ADDR}>",
                    "Einladung zum Vorstellungsgespräch", BRETTL_INVITE))

_brettl_html = outlook_html(
    mso_paras(_brettl_new) + "\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n"
    + mso_quote_head("de", f"{G} <{CANDIDATE_ADDR}>", "Mittwoch, 4. März 2026 19:22",
                     "Andrea Rainer <andrea.rainer@brettl-bindung.example.at>",
                     "AW: Einladung zum Vorstellungsgespräch")
    + "\n" + mso_paras(BRETTL_CONFIRM) + "\n"
    + mso_quote_head("de", "Andrea Rainer <andrea.rainer@brettl-bindung.example.at>",
                     "Mittwoch, 4. März 2026 10:03", f"{G} <{CANDIDATE_ADDR}>",
                     "Einladung zum Vorstellungsgespräch")
    + "\n" + mso_paras(BRETTL_INVITE))

# --- en ---------------------------------------------------------------------------------------

_cartwheel = """Hi Greta,

Thanks again for making time to talk with our team, and for being so flexible after we missed
each other on the first call.

We've now completed the interviews for the Marketplace Operations Manager role. While we
enjoyed learning about how you run a 1,200-pair rental fleet, we have decided to move forward
with candidates whose experience more closely matches the multi-country marketplace work this
role will own from day one.

We'll keep your details on file, and I'd be happy to reach out if something closer to your
background opens up in Zurich.

All the best,
Noah Whitfield
Talent Acquisition, Cartwheel Commerce"""

_cartwheel_html = html_page(paras(_cartwheel), "en")

_packwise = """Hi Greta,

I wanted to let you know personally before you hear it from our system: the Fulfilment
Operations Lead role has been put on hold and we will not proceed with any candidates for the
time being. Our Munich warehouse expansion has been pushed to 2027, and the role was tied to it.

This has nothing to do with your interviews - the team was genuinely positive about the case
study you sent in. If the role is reopened, you'll be the first person I call.

Best,
Priya Raman
People Partner | Packwise
Landsberger Str. 110, 80339 Munich"""

_summitly = """Hi Greta,

Thanks for the time on Friday. We're not going to move ahead - the fit on the warehouse tooling
side wasn't quite there for us.

Best of luck,
Jonas

""" + reply_quote("en", "2026-05-06 09:41", "Jonas Leitner", "jonas@summitly.example.at",
                  SUMMITLY_MOVE)

_lanterna = """Dear Greta,

What a kind note - thank you, and Davide and Elisa send their regards.

I'm sorry to say that we have offered the Operations Lead position to another candidate who has
run marketplace operations across several EU countries. It was a close call, and the panel was
particularly impressed by your thinking on the single stock view.

I hope our paths cross again. Please don't hesitate to apply for future roles with us.

Warm regards,
Chiara Benedetti
Head of People | Lanterna Commerce
Via Tortona 31, 20144 Milano
+39 02 8945 1120

""" + reply_quote("en", "2026-05-21 19:03", CANDIDATE_NAME, CANDIDATE_ADDR, LANTERNA_THANKS)

_velomar = """Dear Greta,

Thank you for your interest in the E-commerce Operations Specialist position at Velomar and for
the time you invested in our process.

We have carefully reviewed your application and, unfortunately, we won't be moving your
candidacy to the next stage.

We wish you every success in your search.

The Velomar Talent Team"""

_velomar_html = ats_card(
    "Velomar", "#0e7490", paras(_velomar),
    "Velomar Bikes S.L. · Carrer de Pujades 77, 08005 Barcelona<br>"
    "Sent with Ashby. You are receiving this email because you applied for a role at Velomar.",
    lang="en")

_stellar = """Hi Greta,

I heard back from Stellar Parcel this morning, and I'm afraid it's a no on the Regional Ops
Manager position.

Their feedback was that your German-language customer operations background is strong, but they
need someone who has owned a P&L and a team of 25+ from day one. I did push back on that, but
the hiring manager held firm.

I know it's disappointing after two rounds. Let's have a quick call next week - I have a couple
of clients in Zurich and Munich who I think would value your seasonal planning experience much
more.

Kind regards,
Hannah Lloyd
Principal Consultant
Peakstone Talent AG | Bahnhofstrasse 52, 8001 Zurich | +41 43 508 77 20"""

_kestrel = """Hi Greta,

A quick but important update: we've ended up filling the Marketplace Operations Lead role from
within. One of our category managers put her hand up late in the process, and given her
knowledge of our supplier base, leadership decided to give her the job.

I appreciate this isn't the outcome you were hoping for, and I wanted you to hear it from me
rather than a form letter.

Thanks for your interest in Kestrel, and good luck!

Mark Dunmore
Operations Director
Kestrel Outdoor GmbH | Balanstr. 73, 81541 München"""

_brennero = """Dear Greta Oyelowo-Brandstatter,

Requisition 26-0418 - E-Commerce Operations Analyst (Milan)

Thank you for applying to Brennero Retail Group.

After careful review, we regret to inform you that we will not be pursuing your application for
this requisition. Your profile will remain in our candidate database, and you may be contacted
regarding future openings that match your qualifications.

Sincerely,
Talent Acquisition
Brennero Retail Group S.p.A.

This message was sent from an unmonitored mailbox. Please do not reply.
CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee
and may contain confidential information. If you have received it in error, please delete it."""

_brennero_html = ats_card(
    "Brennero Retail Group", "#7c2d12",
    "<p>Dear Greta Oyelowo-Brandstatter,</p>\n"
    "<p><b>Requisition 26-0418 - E-Commerce Operations Analyst (Milan)</b></p>\n"
    "<p>Thank you for applying to Brennero Retail Group.</p>\n"
    "<p>After careful review, we regret to inform you that we will not be pursuing your "
    "application for this requisition. Your profile will remain in our candidate database, and "
    "you may be contacted regarding future openings that match your qualifications.</p>\n"
    "<p>Sincerely,<br>Talent Acquisition<br>Brennero Retail Group S.p.A.</p>",
    "This message was sent from an unmonitored mailbox. Please do not reply.<br>"
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the "
    "addressee and may contain confidential information. If you have received it in error, "
    "please delete it.", lang="en")

# --- fr ---------------------------------------------------------------------------------------

_rhone = """Bonjour Greta,

Merci encore pour notre échange de mardi avec Mme Fabre ; nous avons apprécié votre franchise et
vos exemples tirés de la location de skis.

Après réflexion, nous ne pourrons malheureusement pas donner une suite favorable à votre
candidature pour le poste de Responsable des opérations e-commerce. Nous avons retenu une
personne déjà installée à Lyon et rompue à la gestion d'un entrepôt multi-transporteurs.

Je vous souhaite une très belle suite dans vos recherches.

Bien cordialement,

Camille Perrin
Chargée de recrutement – Rhône Glisse
12 quai Perrache, 69002 Lyon
04 78 92 61 30

""" + reply_quote("fr", "2026-04-08 15:20", "Camille Perrin", "camille.perrin@rhoneglisse.example.fr",
                  RHONE_RESCHEDULE)

_lacs_client = """Bonjour Julien,

Merci pour la présentation de Mme Oyelowo-Brandstätter. L'entretien de jeudi a été agréable,
mais nous avons décidé de privilégier un profil ayant une expérience plus longue de la gestion
d'une marketplace. Nous ne poursuivrons donc pas avec elle.

Bien à vous,
Sophie Garnier
DRH, Lacs & Cimes"""

_mistral = """Bonjour Greta,

Je vous transfère ci-dessous le retour de Lacs & Cimes, reçu ce matin. Je suis désolé, ce n'est
pas la réponse que nous espérions.

Sincèrement, votre parcours reste très intéressant pour d'autres clients du secteur outdoor. Je
vous rappelle la semaine prochaine pour en parler.

Julien Roche
Consultant senior - Mistral Recrutement
45 rue de la République, 69002 Lyon
06 71 44 28 95

""" + forwarded("fr", "Sophie Garnier <s.garnier@lacsetcimes.example.fr>",
                "lun. 4 mai 2026 à 09:12", "Re: Candidature Greta Oyelowo-Brandstätter",
                "Julien Roche <j.roche@mistral-rh.example.fr>", _lacs_client)

_cordee = """Bonjour Greta,

Merci pour votre temps. Nous ne donnerons pas suite.

Bonne continuation,
Antoine Marchal
Cordée Logistique""" + "\n\n" + outlook_block(
    "fr", "Antoine Marchal <antoine.marchal@cordee-logistique.example.fr>",
    "mercredi 3 juin 2026 09:58", "Greta Oyelowo-Brandstätter <greta.ob@example.at>",
    "Notre entretien de ce matin", """Bonjour Madame,

Mme Bouvier et moi-même vous avons attendue sur Teams ce matin de 9h30 à 9h50 pour notre
entretien, sans vous voir vous connecter.

J'espère qu'il ne vous est rien arrivé. Si vous souhaitez toujours poursuivre, merci de me
recontacter rapidement.""")

_verdon = """Madame,

Nous vous remercions de l'intérêt que vous portez à Maison Verdon et du temps consacré à votre
candidature au poste de Responsable Opérations E-commerce (Lyon 7e).

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. Nous avons
reçu de très nombreux dossiers et avons dû faire des choix difficiles.

Nous conservons votre CV dans notre vivier pendant 24 mois, sauf opposition de votre part.

Cordialement,
L'équipe Recrutement – Maison Verdon"""

_verdon_html = ats_card(
    "Maison Verdon", "#4d7c0f", paras(_verdon),
    "Maison Verdon · 8 rue de Gerland, 69007 Lyon<br>Ce message vous a été envoyé via "
    "SmartRecruiters. Merci de ne pas y répondre.", lang="fr")

# --- es ---------------------------------------------------------------------------------------

_pirineu = """Hola Greta:

Muchas gracias por tu mensaje tan amable después de la entrevista. Nos alegra que te llevaras
una buena impresión del equipo.

Te escribo con una respuesta que no es la que esperabas: hemos decidido seguir con otra persona
para el puesto de Responsable de Operaciones E-commerce. Buscábamos a alguien con más
experiencia con transportistas en Francia y Andorra, y ese perfil ha pesado más.

Te deseo mucha suerte en la búsqueda. Si más adelante abrimos algo en la tienda de La Seu, te lo
haré saber.

Un abrazo,
Laia Puig
Personas y Cultura · Pirineu Outdoor
Carrer de Provença 285, 08037 Barcelona

""" + reply_quote("es", "2026-06-03 20:11", CANDIDATE_NAME, CANDIDATE_ADDR, PIRINEU_THANKS)

_ona = """Hola Greta,

Te escribo con noticias de Mercat Digital. Lamentablemente, no seguirán adelante con tu
candidatura para Coordinadora de Marketplace. Me han comentado que valoraron mucho tu
experiencia con clientes, pero necesitan a alguien con nivel nativo de catalán para tratar
con los vendedores locales.

Sé que es una pena después de tanto esfuerzo. Sigo buscando para ti: tengo otro proceso en el
sector de deporte que podría encajarte mejor.

Un saludo,
Marc Soler
Consultor · Ona Talent
Via Augusta 59, 08006 Barcelona · +34 932 417 806"""

_garraf = """Estimada Greta:

Gracias por participar en la jornada de evaluación del pasado jueves en nuestras instalaciones
de Sant Boi.

Tras valorar los resultados, hemos decidido continuar el proceso para el puesto de Jefa de Turno
E-commerce con otros candidatos cuyo perfil se ajusta mejor a las necesidades actuales.

Agradecemos sinceramente tu interés en Logística Garraf.

Atentamente,
Núria Ferrer
Responsable de Selección, Logística Garraf"""

_garraf_html = ats_card("Logística Garraf", "#9a3412", paras(_garraf),
                        "Logística Garraf S.L. · Polígon Les Salines, 08830 Sant Boi de "
                        "Llobregat<br>Enviado a través de SmartRecruiters.", lang="es")

_nevada = """¡Hola Greta!

Te cuento rápido porque prefiero que lo sepas ya: al final cancelamos la vacante de Ops Lead.
La ronda de financiación se ha retrasado hasta el año que viene y este año no vamos a contratar
a nadie más.

Me sabe fatal, porque me encantó la charla y tu idea de los boxes de alquiler por temporada.
Si la cosa cambia, te escribo la primera.

Abrazo,
Iker
Nevada Box"""

MESSAGES = [
    # ---------------------------------------------------------------- de (15)
    {"id": "bergwerk-rej", "kind": R, "scen": "bergwerk_after_interview_quotes_thanks", "lang": "de",
     "company": "Bergwerk Outdoor", "contact": "s.kerschbaumer@bergwerk-outdoor.example.at",
     "from": ("Sabine Kerschbaumer", "s.kerschbaumer@bergwerk-outdoor.example.at"),
     "date": "2026-02-06 11:17 +0100", "reply": "bergwerk-thanks",
     "subject": "Re: Danke für das Gespräch heute", "subj_enc": "utf-8-q",
     "text": _bergwerk, "cte": "qp"},
    {"id": "kistl-rej", "kind": R, "scen": "kistl_softgarden_formal", "lang": "de",
     "company": "Kistl Logistik", "contact": "",
     "from": ("Kistl Logistik GmbH über softgarden", "noreply@softgarden.io", "iso-8859-1-b"),
     "date": "2026-02-18 07:02 +0100",
     "subject": "Ihre Bewerbung: Teamleitung Versand & Retouren (w/m/d)",
     "text": _kistl, "html": _kistl_html, "charset": "iso-8859-1", "cte": "qp",
     "html_charset": "utf-8", "html_cte": "base64", "headers": [AUTO]},
    {"id": "helvetrail-rej", "kind": R, "scen": "helvetrail_workday_html_only", "lang": "de",
     "company": "Helvetrail", "contact": "",
     "from": ("Helvetrail", "helvetrail@myworkday.com"),
     "date": "2026-02-27 16:45 +0100",
     "subject": "Ihre Bewerbung bei Helvetrail – Teamleiterin E-Commerce Fulfilment",
     "subj_enc": "utf-8-b", "html": _helvetrail_html, "cte": "base64",
     "reply": "helvetrail-ack", "headers": [AUTO]},
    {"id": "loden-rej", "kind": R, "scen": "agency_relays_client_no", "lang": "de",
     "company": "Loden & Lamm", "contact": "markus.pichler@alpenpersonal.example.at",
     "from": ("Markus Pichler", "markus.pichler@alpenpersonal.example.at"),
     "date": "2026-04-21 12:48 +0200", "reply": "loden-move",
     "subject": "AW: Loden & Lamm - Terminänderung", "subj_enc": "iso-8859-1-q",
     "text": _loden, "charset": "iso-8859-1", "cte": "8bit"},
    {"id": "gipfelgut-rej", "kind": R, "scen": "gipfelgut_role_frozen", "lang": "de",
     "company": "Gipfelgut", "contact": "jana.moser@gipfelgut.example.at",
     "from": ("Jana Moser (Gipfelgut)", "noreply@workablemail.com"),
     "reply_to": ("Jana Moser", "jana.moser@gipfelgut.example.at"),
     "date": "2026-05-08 10:30 +0200", "reply": "gipfelgut-missed",
     "subject": "Update zur Stelle Operations Managerin Online-Shop",
     "text": _gipfelgut, "html": html_page(paras(_gipfelgut)), "cte": "qp"},
    {"id": "schneekristall-rej", "kind": R, "scen": "schneekristall_filled_internally", "lang": "de",
     "company": "Schneekristall Versand", "contact": "thomas.eder@schneekristall.example.at",
     "from": ("Schneekristall Versand", "noreply@bamboohr.com"),
     "reply_to": ("Thomas Eder", "thomas.eder@schneekristall.example.at"),
     "date": "2026-04-02 14:05 +0200", "reply": "schnee-missed",
     "subject": "Stelle Leitung Kundenservice & Retouren – Stand der Dinge", "subj_enc": "utf-8-q",
     "text": _schneekristall, "cte": "base64", "headers": [AUTO]},
    {"id": "trailhaus-rej", "kind": R, "scen": "trailhaus_terse_du", "lang": "de",
     "company": "Trailhaus", "contact": "lukas@trailhaus.example.at",
     "from": ("Lukas Gruber", "lukas@trailhaus.example.at"),
     "date": "2026-03-13 22:51 +0100", "reply": "trailhaus-invite",
     "subject": "Re: Kaffee Donnerstag?", "text": _trailhaus, "cte": "8bit"},
    {"id": "donaukai-rej", "kind": R, "scen": "donaukai_casual_colleague", "lang": "de",
     "company": "Donaukai Fulfilment", "contact": "petra.wimmer@donaukai.example.at",
     "from": ("Petra Wimmer", "petra.wimmer@donaukai.example.at"),
     "date": "2026-06-12 17:33 +0200", "reply": "donaukai-move",
     "subject": "Schichtleitung – kurzes Update", "subj_enc": "utf-8-q",
     "text": _donaukai, "charset": "windows-1252", "cte": "qp"},
    {"id": "nordhang-rej", "kind": R, "scen": "nordhang_successfactors_after_ac", "lang": "de",
     "company": "Nordhang Retail Group", "contact": "",
     "from": ("Nordhang Retail Group Karriere", "nordhang-careers@successfactors.eu"),
     "date": "2026-04-30 09:00 +0200",
     "subject": "Ihre Bewerbung als Teamlead E-Commerce Operations (m/w/d)",
     "html": _nordhang_html, "cte": "qp", "headers": [AUTO]},
    {"id": "paketfuchs-rej", "kind": R, "scen": "paketfuchs_icims_latin1", "lang": "de",
     "company": "Paketfuchs", "contact": "",
     "from": ("Paketfuchs Recruiting", "donotreply@icims.com"),
     "date": "2026-03-24 06:58 +0100",
     "subject": "Absage: Standortkoordinatorin Paketshop-Netz (2026-0147)",
     "text": _paketfuchs, "charset": "iso-8859-1", "cte": "qp", "headers": [AUTO]},
    {"id": "firnline-rej", "kind": R, "scen": "firnline_greenhouse_after_second_round", "lang": "de",
     "company": "Firnline", "contact": "katharina.brandl@firnline.example.de",
     "from": ("Katharina Brandl via Greenhouse", "no-reply@greenhouse-mail.io"),
     "reply_to": ("Katharina Brandl", "katharina.brandl@firnline.example.de"),
     "date": "2026-05-15 15:12 +0200",
     "subject": "Ihre Bewerbung bei Firnline – Rückmeldung", "subj_enc": "utf-8-q",
     "text": _firnline, "html": html_page(paras(_firnline)), "cte": "qp"},
    {"id": "limmat-rej", "kind": R, "scen": "limmatversand_talent_pool", "lang": "de",
     "company": "Limmatversand", "contact": "reto.baumgartner@limmatversand.example.ch",
     "from": ("Reto Baumgartner", "reto.baumgartner@limmatversand.example.ch"),
     "date": "2026-03-18 11:40 +0100",
     "subject": "Ihre Bewerbung als Leiterin Versandabwicklung",
     "text": _limmat, "charset": "windows-1252", "cte": "8bit"},
    {"id": "kessler-rej", "kind": R, "scen": "headhunter_unnamed_client_no", "lang": "de",
     "company": "Kessler & Vogt", "contact": "c.vogt@kesslervogt.example.de",
     "from": ("Dr. Claudia Vogt", "c.vogt@kesslervogt.example.de"),
     "date": "2026-02-24 18:20 +0100",
     "subject": "Mandat Head of E-Commerce Operations – Entscheidung", "subj_enc": "utf-8-q",
     "text": _kessler, "cte": "qp"},
    {"id": "huettenkram-rej", "kind": R, "scen": "huettenkram_role_cancelled", "lang": "de",
     "company": "Hüttenkram Online", "contact": "m.hoelzl@huettenkram.example.at",
     "from": ("Martina Hölzl", "m.hoelzl@huettenkram.example.at", "iso-8859-1-q"),
     "date": "2026-07-09 08:26 +0200", "reply": "huettenkram-missed",
     "subject": "Stelle E-Commerce Koordination wird nicht besetzt", "subj_enc": "iso-8859-1-q",
     "text": _huettenkram, "charset": "iso-8859-1", "cte": "qp"},
    {"id": "brettl-rej", "kind": R, "scen": "brettl_outlook_chain_with_invite", "lang": "de",
     "company": "Brettl & Bindung", "contact": "andrea.rainer@brettl-bindung.example.at",
     "from": ("Rainer, Andrea", "andrea.rainer@brettl-bindung.example.at"),
     "date": "2026-03-27 13:02 +0100", "reply": "<brettl-confirm-20260304@mail.example.at>",
     "refs": ["brettl-invite"],
     "subject": "AW: AW: Einladung zum Vorstellungsgespräch", "subj_enc": "windows-1252-q",
     "text": _brettl_chain, "html": _brettl_html, "charset": "windows-1252", "cte": "qp",
     "html_charset": "utf-8", "html_cte": "qp",
     "headers": outlook_headers("Einladung zum Vorstellungsgespraech")},
    # ---------------------------------------------------------------- en (8)
    {"id": "cartwheel-rej", "kind": R, "scen": "cartwheel_greenhouse_closer_match", "lang": "en",
     "company": "Cartwheel Commerce", "contact": "noah.whitfield@cartwheel.example.ch",
     "from": ("Noah Whitfield via Greenhouse", "no-reply@greenhouse-mail.io"),
     "reply_to": ("Noah Whitfield", "noah.whitfield@cartwheel.example.ch"),
     "date": "2026-03-31 17:04 +0200",
     "subject": "Your application to Cartwheel Commerce",
     "text": _cartwheel, "html": _cartwheel_html},
    {"id": "packwise-rej", "kind": R, "scen": "packwise_role_on_hold", "lang": "en",
     "company": "Packwise", "contact": "priya@packwise.example.de",
     "from": ("Priya Raman", "priya@packwise.example.de"),
     "date": "2026-06-19 10:15 +0200", "reply": "packwise-missed",
     "subject": "Fulfilment Operations Lead - update", "text": _packwise},
    {"id": "summitly-rej", "kind": R, "scen": "summitly_terse_after_chat", "lang": "en",
     "company": "Summitly", "contact": "jonas@summitly.example.at",
     "from": ("Jonas Leitner", "jonas@summitly.example.at"),
     "date": "2026-05-11 08:02 +0200", "reply": "summitly-move",
     "subject": "Re: Thursday -> Friday?", "text": _summitly},
    {"id": "lanterna-rej", "kind": R, "scen": "lanterna_after_interview_quotes_thanks", "lang": "en",
     "company": "Lanterna Commerce", "contact": "chiara.benedetti@lanterna.example.it",
     "from": ("Chiara Benedetti", "chiara.benedetti@lanterna.example.it"),
     "date": "2026-05-29 12:40 +0200", "reply": "lanterna-thanks",
     "subject": "Re: Thank you - Operations Lead interview", "text": _lanterna,
     "html": html_page(paras(_lanterna.split("\n\nOn ")[0]) + "\n<blockquote>"
                       + paras(LANTERNA_THANKS) + "</blockquote>", "en"), "cte": "qp"},
    {"id": "velomar-rej", "kind": R, "scen": "velomar_ashby_formal", "lang": "en",
     "company": "Velomar", "contact": "",
     "from": ("Velomar Talent", "no-reply@ashbyhq.com"),
     "date": "2026-07-02 13:00 +0200", "reply": "velomar-missed",
     "subject": "Update on your Velomar application", "text": _velomar, "html": _velomar_html,
     "headers": [AUTO]},
    {"id": "stellar-rej", "kind": R, "scen": "agency_relays_client_no_en", "lang": "en",
     "company": "Stellar Parcel", "contact": "hannah.lloyd@peakstone.example.ch",
     "from": ("Hannah Lloyd", "hannah.lloyd@peakstone.example.ch"),
     "cc": [("Peakstone Talent Desk", "desk@peakstone.example.ch")],
     "date": "2026-04-16 09:22 +0200",
     "subject": "Stellar Parcel - feedback", "text": _stellar},
    {"id": "kestrel-rej", "kind": R, "scen": "kestrel_filled_from_within", "lang": "en",
     "company": "Kestrel Outdoor", "contact": "m.dunmore@kestrel-outdoor.example.de",
     "from": ("Mark Dunmore", "m.dunmore@kestrel-outdoor.example.de"),
     "date": "2026-08-05 16:48 +0200",
     "subject": "Marketplace Operations Lead", "text": _kestrel},
    {"id": "brennero-rej", "kind": R, "scen": "brennero_taleo_requisition", "lang": "en",
     "company": "Brennero Retail Group", "contact": "",
     "from": ("Brennero Retail Group", "brennero@taleo.net"),
     "date": "2026-06-24 02:14 +0000", "reply": "brennero-ack",
     "subject": "Brennero Retail Group - Requisition 26-0418", "text": _brennero,
     "html": _brennero_html, "cte": "base64", "headers": [AUTO]},
    # ---------------------------------------------------------------- fr (4)
    {"id": "rhone-rej", "kind": R, "scen": "rhoneglisse_after_interview", "lang": "fr",
     "company": "Rhône Glisse", "contact": "camille.perrin@rhoneglisse.example.fr",
     "from": ("Camille Perrin", "camille.perrin@rhoneglisse.example.fr", "iso-8859-1-q"),
     "date": "2026-04-28 10:05 +0200", "reply": "rhone-move",
     "subject": "Re: Report de votre entretien – Rhône Glisse", "subj_enc": "utf-8-q",
     "text": _rhone, "cte": "qp"},
    {"id": "lacs-rej", "kind": R, "scen": "agency_forwards_client_no_fr", "lang": "fr",
     "company": "Lacs & Cimes", "contact": "j.roche@mistral-rh.example.fr",
     "from": ("Julien Roche", "j.roche@mistral-rh.example.fr"),
     "date": "2026-05-04 11:37 +0200",
     "subject": "TR: Re: Candidature Greta Oyelowo-Brandstätter", "subj_enc": "iso-8859-1-b",
     "text": _mistral, "charset": "iso-8859-1", "cte": "qp"},
    {"id": "cordee-rej", "kind": R, "scen": "cordee_terse", "lang": "fr",
     "company": "Cordée Logistique", "contact": "antoine.marchal@cordee-logistique.example.fr",
     "from": ("Antoine Marchal", "antoine.marchal@cordee-logistique.example.fr"),
     "date": "2026-06-09 18:55 +0200", "reply": "cordee-missed",
     "subject": "Votre candidature", "text": _cordee, "cte": "8bit"},
    {"id": "verdon-rej", "kind": R, "scen": "maisonverdon_smartrecruiters", "lang": "fr",
     "company": "Maison Verdon", "contact": "",
     "from": ("Maison Verdon", "noreply@smartrecruiters.com"),
     "date": "2026-03-12 08:30 +0100", "reply": "verdon-ack",
     "subject": "Votre candidature – Responsable Opérations E-commerce", "subj_enc": "windows-1252-q",
     "text": _verdon, "html": _verdon_html, "charset": "windows-1252", "cte": "qp",
     "html_charset": "utf-8", "html_cte": "qp", "headers": [AUTO]},
    # ---------------------------------------------------------------- es (4)
    {"id": "pirineu-rej", "kind": R, "scen": "pirineu_after_interview_quotes_thanks", "lang": "es",
     "company": "Pirineu Outdoor", "contact": "laia.puig@pirineu-outdoor.example.es",
     "from": ("Laia Puig", "laia.puig@pirineu-outdoor.example.es"),
     "date": "2026-06-10 13:25 +0200", "reply": "<pirineu-thanks-0603@mail.example.at>",
     "subject": "Re: Gracias por la entrevista", "text": _pirineu, "cte": "qp"},
    {"id": "ona-rej", "kind": R, "scen": "agency_relays_client_no_es", "lang": "es",
     "company": "Mercat Digital", "contact": "marc.soler@onatalent.example.es",
     "from": ("Marc Soler | Ona Talent", "marc.soler@onatalent.example.es"),
     "date": "2026-07-21 17:10 +0200", "reply": "ona-missed",
     "subject": "Mercat Digital: novedades sobre tu candidatura", "subj_enc": "utf-8-b",
     "text": _ona, "charset": "windows-1252", "cte": "8bit"},
    {"id": "garraf-rej", "kind": R, "scen": "garraf_after_assessment_day", "lang": "es",
     "company": "Logística Garraf", "contact": "nuria.ferrer@logistica-garraf.example.es",
     "from": ("Logística Garraf", "noreply@smartrecruiters.com"),
     "reply_to": ("Núria Ferrer", "nuria.ferrer@logistica-garraf.example.es"),
     "date": "2026-09-08 12:00 +0200", "reply": "garraf-invite",
     "subject": "Proceso de selección: Jefa de Turno E-commerce", "subj_enc": "utf-8-q",
     "text": _garraf,
     "html": _garraf_html, "cte": "qp", "headers": [AUTO]},
    {"id": "nevada-rej", "kind": R, "scen": "nevadabox_vacancy_cancelled", "lang": "es",
     "company": "Nevada Box", "contact": "iker@nevadabox.example.es",
     "from": ("Iker Ruiz", "iker@nevadabox.example.es"),
     "date": "2026-09-29 21:47 +0200",
     "subject": "Lo de Ops Lead", "text": _nevada, "cte": "8bit"},
]

_ = (CANDIDATE, esc, quote)
