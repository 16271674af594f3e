"""rejection: every kind of "no" to the candidate's application."""

from __future__ import annotations

from msgs323_common import DISCLAIMER_DE, DISCLAIMER_EN, DISCLAIMER_ES, M, plain_html, shell

KOGLER = ("Martina Kogler", "martina.kogler@steinegger-holzbau.example.at")

MESSAGES = [
    # ------------------------------------------------------------------ German
    M(s="steinegger_rej", k="rejection", l="de", co="Holzbau Steinegger", ct="f", fr=KOGLER,
      sub="AW: Danke für das gestrige Gespräch", d="2026-02-20 11:02 +0100",
      re="own_steinegger_thanks", q="std", cte="quoted-printable",
      b="""\
Sehr geehrter Herr Wiesinger,

vielen Dank für Ihre freundlichen Zeilen und nochmals für das angenehme Gespräch.

Wir haben uns die Entscheidung nicht leicht gemacht. Letztlich haben wir uns für einen
Bewerber entschieden, der bereits mehrere Jahre Erfahrung in der Kalkulation von
Großprojekten im mehrgeschoßigen Holzbau mitbringt. Wir können Ihnen die Stelle daher leider
nicht anbieten.

Ihr handwerkliches Können hat uns beeindruckt, und wir wünschen Ihnen für Ihren weiteren Weg
alles Gute.

Mit freundlichen Grüßen
Martina Kogler
Personal & Organisation | Holzbau Steinegger GmbH
"""),
    M(s="aichinger_rej", k="rejection", l="de", co="Küchenwerk Aichinger", ct="",
      fr=("Küchenwerk Aichinger", "no-reply@smartrecruiters.com"),
      sub="Ihre Bewerbung bei Küchenwerk Aichinger", d="2026-03-27 15:40 +0100",
      b="""\
Sehr geehrter Herr Wiesinger,

nochmals vielen Dank für Ihr Interesse an der Position Technischer Vertriebsinnendienst
Objektküchen.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir das Auswahlverfahren mit
Ihnen nicht weiterführen werden. Wir haben uns für Kandidatinnen und Kandidaten entschieden,
deren Profil unseren Anforderungen noch besser entspricht.

Wir wünschen Ihnen für Ihre Zukunft alles Gute.

Freundliche Grüße
Küchenwerk Aichinger GmbH – Personal
"""),
    M(s="murtaler_rej", k="rejection", l="de", co="Murtaler Fertighaus", ct="",
      fr=("Murtaler Fertighaus", "murtaler@myworkday.com"),
      sub="Update zu Ihrer Bewerbung: Verkaufsberater Musterhauspark Wien (R-1187)",
      d="2026-02-25 08:00 +0000",
      b="""\
Lieber Konstantin,

wir möchten Ihnen mitteilen, dass die Position Verkaufsberater Musterhauspark Wien (R-1187)
zwischenzeitlich intern besetzt wurde. Ihre Bewerbung können wir daher leider nicht weiter
berücksichtigen.

Vielen Dank für Ihr Interesse an Murtaler Fertighaus. Wir freuen uns, wenn Sie sich auch künftig
auf passende Stellen bei uns bewerben.

Freundliche Grüße
Ihr Talent-Acquisition-Team
Murtaler Fertighaus GmbH
"""),
    M(s="werkzone_rej", k="rejection", l="de", co="Werkzone Baumarkt", ct="",
      fr=("Werkzone Baumarkt", "no-reply@teamtailor-mail.com"),
      sub="Deine Bewerbung bei Werkzone", d="2026-05-13 17:19 +0200",
      h=shell("""\
<p>Hallo Konstantin,</p>
<p>danke, dass du beim Assessment Center am 6. Mai dabei warst und dir so viel Zeit genommen
hast.</p>
<p>Leider müssen wir dir mitteilen, dass wir uns für andere Teilnehmer:innen entschieden haben,
die bereits Führungserfahrung im Handel mitbringen. Diese Entscheidung ist uns nicht leicht
gefallen.</p>
<p>Wir wünschen dir alles Gute &ndash; vielleicht sehen wir uns ja im Markt!</p>
<p>Dein Werkzone-Recruitingteam</p>""",
              brand="WERKZONE &ndash; Dein Baumarkt", color="#f29100")),
    M(s="pirker_rej", k="rejection", l="de", co="Pirker Dachsysteme", ct="f",
      fr=("Verena Stix", "verena.stix@brandauer-pb.example.at"),
      sub="Rückmeldung Pirker Dachsysteme", d="2026-05-22 13:11 +0200",
      re="own_pirker_thanks", q="std",
      b="""\
Lieber Herr Wiesinger,

ich habe heute die Rückmeldung von Pirker Dachsysteme erhalten und muss Ihnen leider eine
Absage überbringen. Herr DI Pirker war von Ihrer Fachkompetenz sehr angetan, hat sich aber
für eine Kandidatin entschieden, die den Kärntner Kundenstamm bereits aus einer früheren
Tätigkeit kennt.

Ich bedauere das sehr. Wenn Sie einverstanden sind, behalte ich Ihr Profil für weitere
Mandate im Bereich Bauelemente im Auge.

Herzliche Grüße
Verena Stix
Senior Consultant | Brandauer Personalberatung GmbH
"""),
    M(s="brandauer_rej", k="rejection", l="de", co="Brandauer Personalberatung", ct="f",
      fr=("Dr. Helmut Brandauer", "helmut.brandauer@brandauer-pb.example.at"),
      sub="Ihre Kandidatur – Vertriebsingenieur Holz-Alu-Fenster (OÖ)",
      d="2026-04-03 09:26 +0200", cs="iso-8859-1", cte="quoted-printable",
      b="""\
Sehr geehrter Herr Wiesinger,

danke für Ihr Interesse an der von uns betreuten Position "Vertriebsingenieur Holz-Alu-Fenster"
bei einem mittelständischen Hersteller in Oberösterreich.

Nach Abstimmung mit unserem Mandanten müssen wir Ihnen mitteilen, dass Ihre Bewerbung im
weiteren Auswahlprozess nicht berücksichtigt werden kann. Ausschlaggebend war die geforderte
mehrjährige Erfahrung im Außendienst.

Mit freundlichen Grüßen
Dr. Helmut Brandauer
Geschäftsführender Gesellschafter
Brandauer Personalberatung GmbH, Schottenring 19, 1010 Wien
"""),
    M(s="kessler_rej", k="rejection", l="de", co="Bauelemente Kessler", ct="r",
      fr=("Bauelemente Kessler Talent Acquisition", "kessler@icims.com"),
      rt=("Jana Beck", "jana.beck@kessler-bauelemente.example.de"),
      sub="Ihre Bewerbung als Projektkalkulator Türen & Tore", d="2026-05-08 10:05 +0200",
      b="""\
Sehr geehrter Herr Wiesinger,

vielen Dank für das offene Gespräch am 28. April und Ihr Interesse an unserem Unternehmen.

Nach reiflicher Überlegung haben wir uns entschieden, die Stelle mit einer Kandidatin zu
besetzen, die bereits mit unserer Kalkulationssoftware vertraut ist. Wir bedauern, Ihnen
keine positivere Nachricht geben zu können.

Für Ihre berufliche Zukunft wünschen wir Ihnen viel Erfolg.

Mit freundlichen Grüßen
Jana Beck
Talent Acquisition | Bauelemente Kessler GmbH
""" + DISCLAIMER_DE + "\n",
      h=plain_html("""\
<p>Sehr geehrter Herr Wiesinger,</p>
<p>vielen Dank für das offene Gespräch am 28. April und Ihr Interesse an unserem
Unternehmen.</p>
<p>Nach reiflicher Überlegung haben wir uns entschieden, die Stelle mit einer Kandidatin zu
besetzen, die bereits mit unserer Kalkulationssoftware vertraut ist. Wir bedauern, Ihnen keine
positivere Nachricht geben zu können.</p>
<p>Für Ihre berufliche Zukunft wünschen wir Ihnen viel Erfolg.</p>
<p>Mit freundlichen Grüßen<br>Jana Beck<br>Talent Acquisition | Bauelemente Kessler GmbH</p>"""),
      cte="quoted-printable"),
    M(s="rauchenwald_rej", k="rejection", l="de", co="Parkett Rauchenwald", ct="f",
      fr=("Elisabeth Wagner", "elisabeth.wagner@parkett-rauchenwald.example.at"),
      sub="Stelle Technischer Fachberater Bodenbeläge – Information", d="2026-04-20 11:45 +0200",
      b="""\
Hallo Herr Wiesinger,

danke für Ihre Nachricht und Ihr Verständnis wegen des verpassten Telefonats.

Leider hat sich bei uns inzwischen die Lage geändert: Die Geschäftsführung hat die Stelle
"Technischer Fachberater Bodenbeläge" bis auf Weiteres auf Eis gelegt. Wir werden den
Bewerbungsprozess daher nicht fortsetzen und Ihre Unterlagen – wie gesetzlich vorgesehen – nach
sechs Monaten löschen.

Es tut mir leid, Ihnen keine bessere Nachricht schicken zu können.

Viele Grüße
Elisabeth Wagner
Personal | Parkett Rauchenwald GmbH
"""),
    M(s="tauern_rej", k="rejection", l="de", co="Holzleimbau Tauern", ct="",
      fr=("Holzleimbau Tauern", "notifications@bamboohr.com"),
      sub="Ihre Bewerbung bei Holzleimbau Tauern", d="2026-07-01 08:30 +0200",
      b="""\
Sehr geehrter Herr Wiesinger,

vielen Dank für Ihre Bewerbung als Vertriebsmitarbeiter Brettschichtholz und für Ihre Zeit.

Wir haben uns nach Abschluss aller Gespräche für einen anderen Bewerber entschieden. Wir
wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.

Freundliche Grüße
Holzleimbau Tauern GmbH

Bitte antworten Sie nicht auf diese automatisch versandte Nachricht.
"""),
    M(s="schachner_rej", k="rejection", l="de", co="Innenausbau Schachner", ct="",
      fr=("Innenausbau Schachner", "no-reply@ashbyhq.com"),
      sub="Update zu deiner Bewerbung – Projektleiter Innenausbau", d="2026-07-15 12:12 +0200",
      b="""\
Hallo Konstantin,

danke für dein Interesse an Innenausbau Schachner und für deine Bewerbung als Projektleiter
Innenausbau – Kalkulation.

Wir haben uns entschieden, mit anderen Kandidat:innen weiterzumachen, deren Erfahrung besser
zu den aktuellen Anforderungen passt.

Wir wünschen dir viel Erfolg bei der weiteren Suche.
Recruiting Innenausbau Schachner
"""),
    M(s="poellabauer_rej", k="rejection", l="de", co="Holzhandel Pöllabauer", ct="",
      fr=("Holzhandel Pöllabauer Karriere", "poellabauer@taleo.net"), ewn=("iso-8859-1", "Q"),
      ews=("iso-8859-1", "Q"), sub="Ihre Bewerbung: Verkaufsberater Holz im Innendienst",
      d="2026-02-06 16:00 +0100", cs="iso-8859-1", cte="quoted-printable",
      b="""\
Sehr geehrter Herr Wiesinger,

wir danken Ihnen für Ihre Bewerbung und das damit verbundene Interesse an der Holzhandel
Pöllabauer GmbH.

Nach eingehender Prüfung aller Unterlagen haben wir uns entschieden, mit Bewerbern
weiterzumachen, deren Erfahrung enger mit den Anforderungen der Position übereinstimmt. Ihre
Bewerbung wurde daher nicht in die engere Auswahl genommen.

Wir wünschen Ihnen viel Erfolg für Ihre weitere berufliche Zukunft.

Mit freundlichen Grüßen
Personalabteilung
Holzhandel Pöllabauer GmbH, Grazer Straße 400, 8054 Graz
"""),
    M(s="lohberger_rej", k="rejection", l="de", co="Dachfenster Lohberger", ct="",
      fr=("Dachfenster Lohberger", "noreply@workablemail.com"),
      sub="Dachfenster Lohberger – Information zu Ihrer Bewerbung", d="2026-03-20 09:14 +0100",
      b="""\
Sehr geehrter Herr Wiesinger,

vielen Dank für Ihre Bewerbung als Anwendungstechniker / Verkaufsberater Dachfenster.

Aufgrund einer internen Umstrukturierung haben wir das Auswahlverfahren für diese Position
ausgesetzt. Wir werden den Prozess daher nicht fortführen und können Ihre Bewerbung leider
nicht weiter berücksichtigen.

Wir bedanken uns für Ihr Interesse und wünschen Ihnen alles Gute.

Ihr Team von Dachfenster Lohberger
"""),
    M(s="tempra_rej", k="rejection", l="de", co="Zimmerei Gollner", ct="f",
      fr=("Jasmin Reiter", "jasmin.reiter@tempra-personal.example.at"),
      sub="Rückmeldung Zimmerei Gollner", d="2026-03-24 15:02 +0100",
      cs="windows-1252", cte="quoted-printable", re="own_tempra_apology", q="std",
      b="""\
Hallo Herr Wiesinger,

danke für Ihre Erklärung, ich habe sie an Herrn Gollner weitergegeben. Leider möchte die
Zimmerei Gollner nach dem geplatzten Termin keinen zweiten Termin vereinbaren und hat die
Stelle inzwischen mit einem eigenen Mitarbeiter nachbesetzt.

Das tut mir leid. Ich habe Sie aber weiterhin für andere Kunden in der Kartei – sobald sich
etwas Passendes im Bereich Holz/AV ergibt, melde ich mich.

Liebe Grüße
Jasmin Reiter
Tempra Personal GmbH – Niederlassung Graz
"""),
    M(s="leitgeb_rej", k="rejection", l="de", co="Treppenbau Leitgeb", ct="",
      fr=("jobwald.at", "bewerbung@jobwald.example.at"),
      sub="Statusänderung Ihrer Bewerbung bei Treppenbau Leitgeb", d="2026-02-17 06:45 +0100",
      h=shell("""\
<p>Hallo Konstantin Wiesinger,</p>
<p>der Status Ihrer Bewerbung für <b>Verkauf &amp; Aufmaß Holztreppen (m/w/d)</b> bei
<b>Treppenbau Leitgeb</b> hat sich geändert:</p>
<p style="font-size:16px"><b>Status: Absage</b></p>
<p>Nachricht des Unternehmens: &bdquo;Vielen Dank für Ihre Bewerbung. Wir haben uns für eine
andere Bewerberin entschieden und wünschen Ihnen alles Gute.&ldquo;</p>
<p>Kopf hoch &ndash; auf jobwald.at warten über 4.000 neue Jobs im Handwerk auf Sie.</p>
<p>Ihr jobwald.at-Team</p>""", brand="jobwald.at", color="#2e7d32")),
    M(s="strasser_rej", k="rejection", l="de", co="Möbelwerk Strasser", ct="f",
      fr=("Ralf Wössner", "ralf.woessner@strasser-moebel.example.de"),
      sub="AW: Bewerbung Vertriebsinnendienst Objektmöbel", d="2026-09-08 10:41 +0200",
      cs="windows-1252", cte="quoted-printable", re="own_strasser_followup", q="outlook",
      b="""\
Sehr geehrter Herr Wiesinger,

entschuldigen Sie bitte die sehr späte Rückmeldung – durch die Umstellung unseres
ERP-Systems ist Ihre Nachricht bei uns leider monatelang liegen geblieben.

Wir haben die Stelle im Vertriebsinnendienst zwischenzeitlich besetzt und müssen Ihnen daher
leider absagen. Ihre Unterlagen senden wir Ihnen nicht zurück, sondern löschen sie gemäß DSGVO.

Mit freundlichen Grüßen
i. A. Ralf Wössner
Personalleitung
Möbelwerk Strasser GmbH & Co. KG | Robert-Bosch-Str. 12 | 70771 Leinfelden-Echterdingen
"""),
    # ------------------------------------------------------------------ English
    M(s="pohorje_rej", k="rejection", l="en", co="Pohorje Timber Systems", ct="r",
      fr=("Ana Novak via Greenhouse", "no-reply@greenhouse-mail.io"),
      rt=("Ana Novak", "ana.novak@pohorje-timber.example.si"),
      sub="Update on your application – Pohorje Timber Systems", d="2026-03-12 16:44 +0100",
      b="""\
Hi Konstantin,

Thank you for taking the time to meet Rok and me, and for the second conversation with our
engineering team.

After a lot of discussion we have decided to move forward with another candidate whose
experience in structural design software more closely matches what the role needs right now.

It was a genuine pleasure getting to know you, and we'd be glad to stay in touch.

All the best,
Ana Novak
People & Culture | Pohorje Timber Systems
"""),
    M(s="kitchenform_rej", k="rejection", l="en", co="Kitchenform Europe", ct="f",
      fr=("Oliver Grant", "oliver.grant@kitchenform.example.de"),
      sub="Re: Missed you on Zoom today", d="2026-06-16 11:09 +0200",
      re="own_kitchenform_apology", q="std",
      b="""\
Hi Konstantin,

Thanks for explaining, and no hard feelings – these things happen.

I spoke with Ingrid, and unfortunately we won't be able to continue with your application. In
the meantime we've progressed two other candidates to the final round and the team wants to
make a decision this month.

I wish you the very best with your search.

Cheers,
Oliver
"""),
    M(s="alpine_rej", k="rejection", l="en", co="Alpine Modular Homes", ct="",
      fr=("Alpine Modular Homes", "no-reply@ashbyhq.com"),
      sub="Your application to Alpine Modular Homes", d="2026-06-03 10:20 +0200",
      b="""\
Hi Konstantin,

Thank you for your patience. We wanted to let you know that the Sales Estimator – Prefab Homes
(Vienna) role has been put on hold for the rest of the year following a change in our
expansion plans, so we will not be proceeding with your application.

We're sorry for the disappointing news and thank you for your interest in Alpine Modular Homes.

Alpine Modular Homes Recruiting
"""),
    M(s="hearthline_rej", k="rejection", l="en", co="Hearthline DIY", ct="",
      fr=("Hearthline DIY Careers", "hearthline@icims.com"),
      sub="Regarding your application: Timber & Building Materials Department Manager",
      d="2026-09-21 14:00 +0000",
      b="""\
Dear Konstantin,

Thank you for applying for the Timber & Building Materials Department Manager position at our
Munich-Pasing store.

We regret to inform you that the position has been filled. We will keep your details on file
for six months and may contact you should a suitable vacancy arise.

Kind regards,
Hearthline DIY Talent Acquisition

""" + DISCLAIMER_EN + "\n",
      h=plain_html("""\
<p>Dear Konstantin,</p>
<p>Thank you for applying for the <b>Timber &amp; Building Materials Department Manager</b>
position at our Munich-Pasing store.</p>
<p>We regret to inform you that the position has been filled. We will keep your details on
file for six months and may contact you should a suitable vacancy arise.</p>
<p>Kind regards,<br>Hearthline DIY Talent Acquisition</p>""")),
    M(s="nordkamm_rej", k="rejection", l="en", co="Nordkamm Windows", ct="",
      fr=("Nordkamm Windows", "no-reply@hire.lever.co"),
      sub="Your application to Nordkamm Windows", d="2026-04-08 07:55 +0000",
      b="""\
Hi Konstantin,

Thank you for your interest in the Inside Sales Estimator (DACH) position.

We've reviewed your application carefully and have decided not to move forward at this time.
We appreciate the time you invested and encourage you to keep an eye on our careers page.

Best wishes,
Nordkamm Windows Recruiting
"""),
    M(s="podravje_rej", k="rejection", l="en", co="Podravje Panels", ct="f",
      fr=("Tina Vidmar", "tina.vidmar@podravje-panels.example.si"),
      sub="Your application – Technical Sales Representative", d="2026-03-13 13:25 +0100",
      cte="base64",
      b="""\
Dear Konstantin,

Thank you for applying to Podravje Panels. We have now reviewed all applications for the
Technical Sales Representative role.

I'm sorry to let you know that you have not been shortlisted for interview on this occasion.
We had a very strong field, and we were looking for someone with previous experience selling
wood-based panels to distributors in the Balkans.

Thank you again for your interest and good luck with your job search.

Best regards,
Tina Vidmar
HR Manager | Podravje Panels d.o.o. | Ptujska cesta 190, 2000 Maribor
"""),
    # ------------------------------------------------------------------ French
    M(s="oba_rej", k="rejection", l="fr", co="Ossature Bois d'Alsace", ct="f",
      fr=("Julien Meyer", "julien.meyer@oba.example.fr"),
      sub="Suite à notre entretien", d="2026-04-10 17:32 +0200", cte="quoted-printable",
      b="""\
Bonjour Konstantin,

Merci encore pour l'entretien de mardi, c'était un vrai plaisir d'échanger avec vous.

Après réflexion avec M. Fritsch, nous avons décidé de ne pas donner suite à votre candidature :
nous avons besoin d'une personne immédiatement opérationnelle sur Cadwork et sur la
réglementation thermique française, et nous avons retenu un profil qui maîtrise déjà ces
outils.

Je vous souhaite sincèrement de trouver le poste qui vous correspond.

Julien Meyer
Responsable bureau d'études – Ossature Bois d'Alsace
"""),
    M(s="kleber_rej", k="rejection", l="fr", co="Cuisines Kléber", ct="f",
      fr=("Nathalie Schaeffer", "n.schaeffer@cuisines-kleber.example.fr"),
      sub="Votre candidature - Concepteur-vendeur cuisines", d="2026-10-02 09:12 +0200",
      cs="iso-8859-1", cte="8bit",
      b="""\
Monsieur,

Nous vous remercions de l'intérêt que vous avez porté à notre enseigne.

Après examen attentif de votre candidature, nous sommes au regret de vous informer qu'elle
n'a pas été retenue. Le poste a en effet été pourvu.

Nous conservons néanmoins votre dossier et ne manquerons pas de vous recontacter si une
opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Nathalie Schaeffer
Assistante RH - Cuisines Kléber
"""),
    M(s="hohwald_rej", k="rejection", l="fr", co="Matériaux du Ried", ct="f",
      fr=("Antoine Ruch", "antoine.ruch@hohwald-conseil.example.fr"),
      sub="Retour de Matériaux du Ried", d="2026-05-15 18:10 +0200",
      b="""\
Bonjour Monsieur Wiesinger,

J'ai eu aujourd'hui le retour de Matériaux du Ried suite à votre entretien du 7 mai.

Malheureusement, mon client a choisi de poursuivre avec un autre candidat, qui connaît déjà le
réseau des artisans alsaciens. Ils ont toutefois souligné la qualité de vos connaissances
techniques.

Je reste convaincu que votre profil intéressera d'autres clients et je me permettrai de vous
recontacter.

Bien à vous,
Antoine Ruch
Consultant associé – Cabinet Hohwald Conseil
"""),
    M(s="interim_rej", k="rejection", l="fr", co="Intérim Plus Alsace", ct="f",
      fr=("Sandrine Ketterer", "sandrine.ketterer@interim-plus-alsace.example.fr"),
      sub="Re: Candidature reçue - Technico-commercial second oeuvre",
      d="2026-03-30 10:05 +0200", re="interim_ack", q="std",
      b="""\
Bonjour Monsieur Wiesinger,

Je reviens vers vous concernant le poste de technico-commercial second œuvre. Notre client a
étudié votre CV mais ne souhaite pas donner suite : il recherche un profil disposant déjà
d'une clientèle de plaquistes et menuisiers dans le Bas-Rhin.

Je suis désolée de ne pas avoir de meilleure nouvelle. Je garde votre CV dans notre base.

Cordialement,
Sandrine Ketterer
Intérim Plus Alsace
"""),
    M(s="bricorhin_rej", k="rejection", l="fr", co="BricoRhin", ct="",
      fr=("BricoRhin Recrutement", "no-reply@recruitee.com"),
      sub="Votre candidature - Chef de rayon bois & menuiserie", d="2026-07-03 11:00 +0200",
      h=shell("""\
<p>Bonjour Konstantin,</p>
<p>Nous vous remercions pour l'intérêt porté à BricoRhin.</p>
<p>Suite à une réorganisation de nos magasins alsaciens, le recrutement pour le poste de
<b>Chef de rayon bois &amp; menuiserie</b> est suspendu. Nous ne sommes donc pas en mesure de
donner une suite favorable à votre candidature.</p>
<p>Nous vous souhaitons pleine réussite dans vos recherches.</p>
<p>L'équipe Recrutement BricoRhin</p>""", brand="BricoRhin", color="#c8102e")),
    # ------------------------------------------------------------------ Spanish
    M(s="turia_rej", k="rejection", l="es", co="Carpintería Técnica Turia", ct="f",
      fr=("Vicente Llorens", "vicente.llorens@carpinteria-turia.example.es"),
      sub="RE: Disculpas por la entrevista", d="2026-03-20 12:31 +0100",
      cs="windows-1252", cte="quoted-printable", re="own_turia_apology", q="std",
      b="""\
Konstantin:

Gracias por explicarnos lo ocurrido; entendemos que un vuelo cancelado no es culpa suya.

Aun así, hemos decidido seguir adelante con otro candidato de la zona que puede incorporarse
ya mismo, así que no vamos a continuar con su candidatura. Le deseamos mucha suerte.

Atentamente,
Vicente Llorens
"""),
    M(s="malvarrosa_rej", k="rejection", l="es", co="Cocinas Malvarrosa", ct="",
      fr=("Cocinas Malvarrosa", "no-reply@smartrecruiters.com"),
      sub="Actualización sobre tu candidatura en Cocinas Malvarrosa", d="2026-06-01 09:00 +0200",
      b="""\
Hola Konstantin,

Gracias por tu tiempo en la videoentrevista y por tu interés en el puesto de Proyectista
comercial de cocinas.

Tras valorar todas las candidaturas, hemos decidido continuar el proceso con otras personas
cuyo perfil se ajusta más a lo que necesitamos en este momento.

Te deseamos mucha suerte en tu búsqueda.
Equipo de Selección de Cocinas Malvarrosa
"""),
    M(s="modulares_rej", k="rejection", l="es", co="Casas Modulares Levante", ct="",
      fr=("Casas Modulares Levante", "casasmodulares@myworkday.com"),
      sub="Tu solicitud para Asesor técnico-comercial (R-0098)", d="2026-03-03 07:30 +0000",
      b="""\
Hola, Konstantin:

Gracias por tu interés en Casas Modulares Levante.

Hemos revisado tu solicitud para Asesor técnico-comercial (R-0098) y, lamentablemente, en esta
ocasión no vamos a avanzar con tu candidatura.

Te animamos a seguir consultando nuestras ofertas.

Atentamente,
Equipo de Talento
Casas Modulares Levante
"""),
    M(s="bricohuerta_rej", k="rejection", l="es", co="BricoHuerta", ct="",
      fr=("BricoHuerta", "no-reply@teamtailor-mail.com"),
      sub="Sobre tu candidatura a Jefe de sección de madera", d="2026-02-10 19:02 +0100",
      h=shell("""\
<p>Hola Konstantin:</p>
<p>Muchas gracias por presentar tu candidatura a <b>Jefe de sección de madera y bricolaje</b>
en nuestra tienda de Alfafar.</p>
<p>Te escribimos para comunicarte que la vacante se ha cubierto internamente con una persona de
nuestro equipo, por lo que el proceso queda cerrado.</p>
<p>¡Gracias por pensar en BricoHuerta!</p>
<p>Equipo de Personas de BricoHuerta</p>""", brand="BricoHuerta", color="#5a8f29")),
    M(s="patraix_rej", k="rejection", l="es", co="Aluminios Patraix", ct="f",
      fr=("Raquel Soler", "raquel.soler@talentolevante.example.es"),
      sub="Respuesta de Aluminios Patraix", d="2026-07-09 16:48 +0200",
      b="""\
Hola Konstantin,

Ya tengo respuesta de Aluminios Patraix, la empresa de Paterna de la que te hablé. Al final
han decidido no seguir con tu candidatura: prefieren a alguien con experiencia previa en
carpintería de aluminio y un nivel de valenciano alto para tratar con los instaladores.

Lo siento mucho. Te tengo en cuenta para las próximas vacantes.

Un saludo,
Raquel Soler
Consultora de selección – Talento Levante ETT

""" + DISCLAIMER_ES + "\n"),
]
