"""interview_invitation: interviews, calls, video screens, trial days, assessment centres."""

from __future__ import annotations

from msgs323_common import DISCLAIMER_DE, DISCLAIMER_FR, M, plain_html, shell

KOGLER = ("Martina Kogler", "martina.kogler@steinegger-holzbau.example.at")
URL = ("Sabine Url", "sabine.url@lindmoser-fenster.example.at")
PICHORNER = ("Gerald Pichorner", "gerald.pichorner@lindmoser-fenster.example.at")
REINDL = ("Tobias Reindl", "tobias.reindl@hallbrunner-baustoffe.example.de")
MAJA = ("Maja Kovačič", "maja.kovacic@dravabuild.example.si")
LUCIA = ("Lucía Ferrer", "lucia.ferrer@almacenes-albufera.example.es")

MESSAGES = [
    # ------------------------------------------------------------------ German
    M(s="steinegger_inv", k="interview_invitation", l="de", co="Holzbau Steinegger", ct="f",
      fr=KOGLER, sub="Einladung zum Vorstellungsgespräch – Technischer Verkauf Holzbau",
      d="2026-01-26 10:44 +0100", cte="quoted-printable",
      b="""\
Sehr geehrter Herr Wiesinger,

vielen Dank für Ihre Bewerbung. Ihr Werdegang als Tischlermeister hat uns neugierig gemacht, und
wir würden Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

  Dienstag, 3. Februar 2026, 14:00 Uhr
  Holzbau Steinegger GmbH, Puchstraße 141, 8055 Graz
  Gesprächspartner: Ing. Herbert Steinegger (Geschäftsführung) und ich

Bitte bestätigen Sie den Termin kurz per E-Mail. Parkplätze finden Sie direkt vor der Halle.

Mit freundlichen Grüßen

Martina Kogler
Personal & Organisation
Holzbau Steinegger GmbH
Puchstraße 141 | 8055 Graz | Österreich
T +43 316 48 12 00-15 | www.steinegger-holzbau.example.at

FN 123456x | Landesgericht für ZRS Graz
""" + DISCLAIMER_DE + "\n"),
    M(s="lindmoser_inv", k="interview_invitation", l="de", co="Fensterbau Lindmoser", ct="f",
      fr=URL, sub="Einladung: Kennenlerngespräch Fensterbau Lindmoser, 17.02.2026",
      d="2026-02-10 09:05 +0100",
      b="""\
Grüß Gott Herr Wiesinger,

danke nochmals für Ihre Bewerbung als Kalkulant / Technischer Innendienst. Wir möchten Sie gerne
zu einem ersten Kennenlerngespräch einladen:

Dienstag, 17. Februar 2026, 10:00 – 11:00 Uhr
Fensterbau Lindmoser GmbH, Völkermarkter Straße 240, 9020 Klagenfurt, Besprechungsraum 2

Die Kalendereinladung finden Sie im Anhang. Bitte bringen Sie, wenn möglich, zwei, drei
Beispiele Ihrer Kalkulationen oder Angebote mit.

Freundliche Grüße
Sabine Url
Personalabteilung
Fensterbau Lindmoser GmbH
Tel. +43 463 31 44 0-22
""",
      ics={"method": "REQUEST", "uid": "lindmoser-20260217-wiesinger@lindmoser-fenster",
           "seq": 0, "start": "20260217T100000", "end": "20260217T110000",
           "summary": "Kennenlerngespräch Konstantin Wiesinger", "tz": "Europe/Vienna",
           "loc": "Völkermarkter Straße 240\\, 9020 Klagenfurt", "org": URL}),
    M(s="lindmoser_inv2", k="interview_invitation", l="de", co="Fensterbau Lindmoser", ct="f",
      fr=PICHORNER, cc=[URL], sub="AW: Kennenlerngespräch – Einladung zum Probetag",
      d="2026-02-27 16:18 +0100", re="own_lindmoser_thanks", q="outlook",
      cs="windows-1252", cte="quoted-printable",
      b="""\
Lieber Herr Wiesinger,

danke für Ihre nette Nachricht – das Gespräch hat auch uns gefallen. Wir würden Sie gerne zu
einem Probetag in unserer Kalkulation einladen, damit Sie unser Team und das Programm
„FensterPro“ kennenlernen.

Vorschlag: Donnerstag, 12. März 2026, 8:00 bis ca. 15:00 Uhr, Treffpunkt Empfang.
Mittagessen gibt’s bei uns in der Kantine. Die Fahrtkosten aus Graz erstatten wir Ihnen.

Passt Ihnen das?

Beste Grüße
Gerald Pichorner
Vertriebsleitung Objekt
Fensterbau Lindmoser GmbH | Völkermarkter Straße 240 | 9020 Klagenfurt
"""),
    M(s="hallbrunner_inv", k="interview_invitation", l="de", co="Hallbrunner Baustoffe", ct="f",
      fr=REINDL, sub="Einladung Video-Interview: Fachberater Holz & Bauelemente",
      d="2026-03-31 15:22 +0200",
      b="""\
Hallo Herr Wiesinger,

vielen Dank für Ihre Bewerbung bei Hallbrunner Baustoffe. Wir würden gern ein erstes
Video-Interview (ca. 45 Minuten) mit Ihnen führen – mit unserer Niederlassungsleiterin
Frau Gruber und mir.

Termin: Mittwoch, 8. April 2026, 10:30 Uhr, per Microsoft Teams
Den Link finden Sie in der Kalendereinladung.

Viele Grüße
Tobias Reindl
Recruiting & Personalentwicklung
Hallbrunner Baustoffe KG
Ingolstädter Str. 210, 80939 München
Tel. +49 89 3100 772-41
""",
      ics={"method": "REQUEST", "uid": "AAMkAGHallbrunner0408Wiesinger@hallbrunner",
           "seq": 0, "start": "20260408T103000", "end": "20260408T111500",
           "summary": "Video-Interview Fachberater Holz & Bauelemente – K. Wiesinger",
           "tz": "Europe/Berlin", "loc": "Microsoft Teams-Besprechung", "org": REINDL}),
    M(s="aichinger_inv", k="interview_invitation", l="de", co="Küchenwerk Aichinger", ct="r",
      fr=("Daniela Fröschle via SmartRecruiters", "no-reply@smartrecruiters.com"),
      rt=("Daniela Fröschle", "daniela.froeschle@aichinger-kuechen.example.de"),
      sub="Terminbuchung für Ihr Video-Interview – Küchenwerk Aichinger",
      d="2026-03-04 11:26 +0100",
      h=shell("""\
<p>Guten Tag Herr Wiesinger,</p>
<p>wir freuen uns, Sie zu einem Video-Interview (30 Minuten) für die Position
<b>Technischer Vertriebsinnendienst Objektküchen</b> einzuladen.</p>
<p>Bitte wählen Sie über den folgenden Link einen passenden Termin aus:</p>
<p><a href="https://www.smartrecruiters.com/schedule/aichinger/8831" style="background:#0a7d4d;
color:#fff;padding:8px 16px;text-decoration:none">Termin auswählen</a></p>
<p>Bei Fragen antworten Sie einfach auf diese E-Mail.</p>
<p>Viele Grüße<br>Daniela Fröschle<br>HR Business Partnerin, Küchenwerk Aichinger GmbH</p>""",
              brand="Küchenwerk Aichinger", color="#0a7d4d")),
    M(s="murtaler_inv", k="interview_invitation", l="de", co="Murtaler Fertighaus", ct="f",
      fr=("Lukas Hammerl", "lukas.hammerl@murtaler-fertighaus.example.at"),
      sub="Gespräch im Musterhauspark Wien – Verkaufsberater",
      d="2026-02-04 13:50 +0100",
      b="""\
Hallo Herr Wiesinger,

ich bin Verkaufsleiter Ost bei Murtaler Fertighaus und habe Ihre Bewerbung aus Workday auf dem
Tisch. Ich würde Sie gerne im Musterhauspark Wien (Blaue Lagune Nord, Haus 23) treffen,
idealerweise am Samstag, 14. Februar, um 11 Uhr – da sehen Sie gleich, wie ein Beratungstag
bei uns abläuft.

Geht sich das für Sie aus? Sonst schlagen Sie mir gerne einen anderen Termin vor.

Lg
Lukas Hammerl
Verkaufsleitung Ost | Murtaler Fertighaus GmbH
M +43 664 120 44 87
"""),
    M(s="werkzone_inv", k="interview_invitation", l="de", co="Werkzone Baumarkt", ct="",
      fr=("Werkzone Baumarkt", "no-reply@teamtailor-mail.com"),
      sub="Einladung zum Assessment Center am 22. April", d="2026-04-07 08:12 +0200",
      h=shell("""\
<h2>Hallo Konstantin,</h2>
<p>wir möchten dich gerne besser kennenlernen und laden dich zu unserem
<b>Assessment Center</b> für angehende Abteilungsleiter:innen ein.</p>
<table cellpadding="4">
<tr><td><b>Wann?</b></td><td>Mittwoch, 22. April 2026, 9:00 – 16:00 Uhr</td></tr>
<tr><td><b>Wo?</b></td><td>Werkzone Zentrale, Hainburger Straße 10, 1030 Wien</td></tr>
<tr><td><b>Was?</b></td><td>Gruppenübung, Verkaufsgespräch-Rollenspiel, Einzelinterview</td></tr>
</table>
<p>Bitte bestätige deine Teilnahme über den Button:</p>
<p><a href="https://werkzone.teamtailor.com/ac/confirm">Teilnahme bestätigen</a></p>
<p>Wir freuen uns auf dich!<br>Dein Werkzone-Recruitingteam</p>""",
              brand="WERKZONE &ndash; Dein Baumarkt", color="#f29100")),
    M(s="pirker_inv", k="interview_invitation", l="de", co="Pirker Dachsysteme", ct="f",
      fr=("Verena Stix", "verena.stix@brandauer-pb.example.at"),
      sub="Vorstellungsgespräch bei Pirker Dachsysteme – Termin", d="2026-04-28 12:30 +0200",
      cte="8bit",
      b="""\
Lieber Herr Wiesinger,

wie am Telefon angekündigt: Unser Mandant, die Pirker Dachsysteme GmbH in Klagenfurt, möchte Sie
für die Position "Technischer Verkaufsberater Steildach & Holzbau" gerne kennenlernen.

Termin: Mittwoch, 6. Mai 2026, 13:30 Uhr
Ort: Pirker Dachsysteme, Industriestraße 18, 9020 Klagenfurt
Gesprächspartner: DI Walter Pirker (GF) und Ing. Sonja Ebner (Vertriebsleitung)

Ich bin ebenfalls dabei. Bitte geben Sie mir bis Donnerstag kurz Bescheid, ob der Termin passt.

Herzliche Grüße
Verena Stix
Senior Consultant
Brandauer Personalberatung GmbH
Schottenring 19, 1010 Wien
+43 1 532 71 90-13
"""),
    M(s="tempra_inv", k="interview_invitation", l="de", co="Zimmerei Gollner", ct="f",
      fr=("Jasmin Reiter", "jasmin.reiter@tempra-personal.example.at"),
      sub="Vorstellungstermin beim Kunden Zimmerei Gollner", d="2026-03-10 09:48 +0100",
      cs="windows-1252", cte="8bit",
      b="""\
Hallo Herr Wiesinger,

gute Neuigkeiten: Die Zimmerei Gollner in Gleisdorf möchte Sie kennenlernen – es geht um die
Arbeitsvorbereitung und Angebotslegung, zunächst über uns als Überlassung mit Option auf
Übernahme nach 6 Monaten.

Vorstellungstermin: Montag, 16. März 2026, 7:30 Uhr, direkt im Betrieb
(Gewerbepark 3, 8200 Gleisdorf), Ansprechpartner Herr Gollner jun.

Bitte bringen Sie Sicherheitsschuhe mit, er zeigt Ihnen die Abbundhalle.

Liebe Grüße
Jasmin Reiter
Tempra Personal GmbH – Niederlassung Graz
"""),
    M(s="rauchenwald_inv", k="interview_invitation", l="de", co="Parkett Rauchenwald", ct="",
      fr=("Elisabeth Wagner from Parkett Rauchenwald", "no-reply@recruitee.com"),
      sub="Telefoninterview mit Parkett Rauchenwald – bitte Termin wählen",
      d="2026-03-25 10:10 +0100",
      b="""\
Hallo Konstantin,

danke für deine Bewerbung als Technischer Fachberater Bodenbeläge. Wir würden gerne ein kurzes
Telefoninterview (20 Minuten) mit dir führen.

Bitte wähle hier einen passenden Zeitpunkt:
https://parkett-rauchenwald.recruitee.com/schedule/tel-interview/5521

Viele Grüße
Elisabeth Wagner
Parkett Rauchenwald
"""),
    M(s="kessler_inv", k="interview_invitation", l="de", co="Bauelemente Kessler", ct="r",
      fr=("Bauelemente Kessler Talent Acquisition", "kessler@icims.com"),
      rt=("Jana Beck", "jana.beck@kessler-bauelemente.example.de"),
      sub="Ihre Bewerbung – Einladung zum persönlichen Gespräch", d="2026-04-09 14:35 +0200",
      b="""\
Sehr geehrter Herr Wiesinger,

wir haben Ihre Unterlagen mit Interesse gelesen und möchten Sie gerne zu einem persönlichen
Gespräch nach Stuttgart-Zuffenhausen einladen:

Donnerstag, 23. April 2026, 10:00 Uhr
Bauelemente Kessler GmbH, Heilbronner Straße 300, Empfang Gebäude B

Gesprächspartner sind Herr Dreher (Leitung Projektkalkulation) und ich.
Antworten Sie bitte direkt an jana.beck@kessler-bauelemente.example.de.

Mit freundlichen Grüßen
Jana Beck
Talent Acquisition
""",
      h=plain_html("""\
<p>Sehr geehrter Herr Wiesinger,</p>
<p>wir haben Ihre Unterlagen mit Interesse gelesen und möchten Sie gerne zu einem
persönlichen Gespräch nach Stuttgart-Zuffenhausen einladen:</p>
<p><b>Donnerstag, 23. April 2026, 10:00 Uhr</b><br>Bauelemente Kessler GmbH, Heilbronner
Straße 300, Empfang Gebäude B</p>
<p>Gesprächspartner sind Herr Dreher (Leitung Projektkalkulation) und ich.</p>
<p>Mit freundlichen Grüßen<br>Jana Beck<br>Talent Acquisition</p>"""),
      cte="quoted-printable"),
    M(s="brugger_inv", k="interview_invitation", l="de", co="Schreinerei Brugger & Söhne",
      ct="f", fr=("Franz Brugger", "franz.brugger@brugger-schreinerei.example.de"),
      sub="AW: Bewerbung Kalkulation / Verkauf Innenausbau – Konstantin Wiesinger",
      d="2026-02-19 07:12 +0100", cs="iso-8859-1", cte="8bit", re="brugger_ack", q="std",
      b="""\
Servus Herr Wiesinger,

so, jetzt hab ich mir Ihre Sachen angeschaut. Gefällt mir. Kommen Sie doch am Freitag,
27. Februar, um 9 Uhr bei uns in der Werkstatt vorbei, dann reden wir in Ruhe. Mein Sohn
Michael ist auch dabei, der macht bei uns den Verkauf.

Wenn's mit der Anreise aus Graz schwierig ist, geht auch ein Videotelefonat, sagen Sie
Bescheid.

Gruß
Franz Brugger
"""),
    M(s="tauern_inv", k="interview_invitation", l="de", co="Holzleimbau Tauern", ct="r",
      fr=("Holzleimbau Tauern", "notifications@bamboohr.com"),
      rt=("Stefan Moser", "stefan.moser@holzleimbau-tauern.example.at"),
      sub="Holzleimbau Tauern – Einladung zum Teams-Gespräch", d="2026-05-27 09:02 +0200",
      b="""\
Hallo Herr Wiesinger,

Stefan Moser, Leitung Vertrieb, möchte Sie gerne in einem Teams-Gespräch kennenlernen.

Vorgeschlagener Termin: Dienstag, 9. Juni 2026, 15:00 Uhr (ca. 45 Min.)

Bitte bestätigen Sie den Termin, indem Sie auf diese E-Mail antworten; die Antwort geht direkt
an Herrn Moser.

Freundliche Grüße
Holzleimbau Tauern GmbH, St. Veiter Ring 52, 9020 Klagenfurt
"""),
    # ------------------------------------------------------------------ English
    M(s="pohorje_inv", k="interview_invitation", l="en", co="Pohorje Timber Systems", ct="r",
      fr=("Ana Novak via Greenhouse", "no-reply@greenhouse-mail.io"),
      rt=("Ana Novak", "ana.novak@pohorje-timber.example.si"),
      sub="Interview invitation: Technical Sales Engineer – CLT & Glulam",
      d="2026-02-09 10:31 +0100",
      b="""\
Hi Konstantin,

Thanks again for applying! We'd love to invite you to a first interview with our Head of Sales,
Rok Zupan, and me.

Please use the link below to pick a time that works for you next week (interviews are 45
minutes, on site in Maribor or via Google Meet):

https://app.greenhouse.io/scheduling/pohorje/choose?token=ab12cd

Looking forward to speaking with you,
Ana Novak
People & Culture | Pohorje Timber Systems
""",
      h=shell("""\
<p>Hi Konstantin,</p>
<p>Thanks again for applying! We'd love to invite you to a first interview with our Head of
Sales, Rok Zupan, and me.</p>
<p>Please use the link below to pick a time that works for you next week (interviews are 45
minutes, on site in Maribor or via Google Meet):</p>
<p><a href="https://app.greenhouse.io/scheduling/pohorje/choose?token=ab12cd">Choose a time</a></p>
<p>Looking forward to speaking with you,<br>Ana Novak<br>People &amp; Culture |
Pohorje Timber Systems</p>""", brand="Pohorje Timber Systems", color="#3b5d2a")),
    M(s="drava_inv", k="interview_invitation", l="en", co="Drava Building Supply", ct="f",
      fr=MAJA, ewn=("utf-8", "Q"), sub="Interview invitation – Key Account Estimator",
      d="2026-02-25 11:40 +0100", re="drava_ack", q="std",
      b="""\
Dear Mr Wiesinger,

I'm pleased to let you know you have been shortlisted. We would like to invite you to an
interview at our Maribor headquarters:

Wednesday, 4 March 2026, 10:00–11:30
Drava Building Supply, Tržaška cesta 85, 2000 Maribor
Panel: Bojan Horvat (Sales Director), Petra Žnidarič (Head of Estimation) and myself

The calendar invitation is attached. The interview will be held in English; part of it will be
a short estimation exercise based on a set of plans.

Kind regards,
Maja Kovačič
HR Business Partner
""",
      ics={"method": "REQUEST", "uid": "drava-int-0304-wiesinger@dravabuild", "seq": 0,
           "start": "20260304T100000", "end": "20260304T113000",
           "summary": "Interview: Key Account Estimator (K. Wiesinger)",
           "tz": "Europe/Ljubljana", "loc": "Tržaška cesta 85\\, Maribor", "org": MAJA}),
    M(s="nordkamm_inv", k="interview_invitation", l="en", co="Nordkamm Windows", ct="",
      fr=("Nordkamm Windows", "no-reply@hire.lever.co"),
      sub="Schedule your interview with Nordkamm Windows", d="2026-03-18 16:02 +0000",
      b="""\
Hi Konstantin,

The hiring team for Inside Sales Estimator (DACH) would like to meet you for a 30-minute video
interview with Lena Hofbauer, Sales Team Lead.

Please choose a slot that suits you:
https://hire.lever.co/interview/nordkamm/schedule/9f2e1c

Best,
Nordkamm Windows Recruiting
""",
      h=plain_html("""\
<p>Hi Konstantin,</p>
<p>The hiring team for <b>Inside Sales Estimator (DACH)</b> would like to meet you for a
30-minute video interview with Lena Hofbauer, Sales Team Lead.</p>
<p><a href="https://hire.lever.co/interview/nordkamm/schedule/9f2e1c">Choose a slot</a></p>
<p>Best,<br>Nordkamm Windows Recruiting</p>""")),
    M(s="alpine_inv", k="interview_invitation", l="en", co="Alpine Modular Homes", ct="",
      fr=("Alpine Modular Homes", "no-reply@ashbyhq.com"),
      sub="Interview confirmed: Alpine Modular Homes – Sales Estimator (Vienna)",
      d="2026-05-05 12:00 +0200",
      b="""\
Hi Konstantin,

Your interview is confirmed.

Role: Sales Estimator – Prefab Homes (Vienna)
When: Tuesday, 12 May 2026, 14:00–14:45 CEST
Where: Google Meet (link in the calendar invite)
With: Clara Wimmer, Head of Sales Austria

Need to change the time? Use the link in your calendar invitation.

Alpine Modular Homes Recruiting
""",
      ics={"method": "REQUEST", "uid": "ashby-7d1e55-alpine@ashbyhq.com", "seq": 0,
           "start": "20260512T140000", "end": "20260512T144500",
           "summary": "Interview – Sales Estimator (Konstantin Wiesinger)", "tz": "Europe/Vienna",
           "loc": "Google Meet", "org": ("Alpine Modular Homes", "no-reply@ashbyhq.com")}),
    M(s="kitchenform_inv", k="interview_invitation", l="en", co="Kitchenform Europe", ct="f",
      fr=("Oliver Grant", "oliver.grant@kitchenform.example.de"),
      sub="Video interview – Technical Sales Consultant", d="2026-05-19 17:26 +0200",
      b="""\
Hello Konstantin,

I'm the recruiter for the Technical Sales Consultant role at Kitchenform Europe. Your profile –
a master carpenter who knows cabinetry from the inside – is exactly what our project team is
missing.

Could we do a 45-minute Zoom interview on Thursday, 4 June at 14:00 CEST? Our Head of Projects,
Ingrid Sandberg, will join. I'll send the Zoom link once you confirm.

Cheers,
Oliver Grant
Senior Recruiter | Kitchenform Europe
Landsberger Str. 155, 80687 Munich
"""),
    # ------------------------------------------------------------------ French
    M(s="rhenanes_inv", k="interview_invitation", l="fr", co="Menuiseries Rhénanes", ct="f",
      fr=("Claire Oberlé", "claire.oberle@menuiseries-rhenanes.example.fr"),
      ewn=("iso-8859-1", "Q"), sub="Entretien - Technico-commercial menuiserie",
      d="2026-02-23 14:05 +0100", cs="iso-8859-1", cte="quoted-printable",
      b="""\
Bonjour Monsieur Wiesinger,

Suite à l'étude de votre candidature, nous souhaiterions vous rencontrer pour un entretien
avec M. Haegel, directeur commercial, et moi-même.

Nous vous proposons le mardi 3 mars 2026 à 14h30, dans nos locaux :
Menuiseries Rhénanes, 21 rue de la Plaine des Bouchers, 67100 Strasbourg.

Pourriez-vous me confirmer votre disponibilité ? Un entretien en visioconférence est possible
si le déplacement depuis Graz est compliqué.

Bien cordialement,

Claire Oberlé
Responsable Ressources Humaines
Menuiseries Rhénanes SAS
Tél. : 03 88 00 65 10
""" + DISCLAIMER_FR + "\n"),
    M(s="oba_inv", k="interview_invitation", l="fr", co="Ossature Bois d'Alsace", ct="f",
      fr=("Julien Meyer", "julien.meyer@oba.example.fr"),
      sub="Re: Merci pour votre candidature chez Ossature Bois d'Alsace",
      d="2026-03-06 08:47 +0100", re="oba_ack", q="std",
      b="""\
Bonjour Konstantin,

J'ai lu votre dossier avec beaucoup d'intérêt : un Tischlermeister qui veut passer au
chiffrage, c'est rare ! Je vous propose un entretien en visio (Teams) le jeudi 19 mars à 10h,
avec notre gérant, M. Fritsch.

Dites-moi si cela vous convient, je vous envoie ensuite le lien.

Julien Meyer
Responsable bureau d'études
Ossature Bois d'Alsace – ZA du Ried, 67150 Erstein
"""),
    M(s="hohwald_inv", k="interview_invitation", l="fr", co="Matériaux du Ried", ct="f",
      fr=("Antoine Ruch", "antoine.ruch@hohwald-conseil.example.fr"),
      sub="Matériaux du Ried - proposition d'entretien", d="2026-04-21 18:03 +0200",
      cte="base64",
      b="""\
Bonjour Monsieur Wiesinger,

Comme évoqué lors de notre échange téléphonique, mon client Matériaux du Ried (négoce de
matériaux, 14 agences en Alsace) souhaite vous rencontrer pour le poste de Responsable
technico-commercial bois & menuiserie.

L'entretien aurait lieu le lundi 4 mai à 9h00 au siège de Sélestat, avec le directeur des
ventes. Je serai présent en début d'entretien.

Je reste à votre disposition pour toute question.

Antoine Ruch
Consultant associé – Cabinet Hohwald Conseil
5 quai Kléber, 67000 Strasbourg | 06 12 00 48 93
"""),
    M(s="bricorhin_inv", k="interview_invitation", l="fr", co="BricoRhin", ct="",
      fr=("BricoRhin Recrutement", "no-reply@recruitee.com"),
      sub="Invitation à notre journée de recrutement - Chef de rayon bois",
      d="2026-05-29 09:15 +0200",
      h=shell("""\
<p>Bonjour Konstantin,</p>
<p>Votre candidature au poste de <b>Chef de rayon bois &amp; menuiserie</b> a retenu notre
attention. Nous avons le plaisir de vous convier à notre <b>journée de recrutement</b> :</p>
<ul>
<li>Date : mardi 9 juin 2026, de 8h30 à 13h00</li>
<li>Lieu : BricoRhin Strasbourg-Hautepierre, accueil du magasin</li>
<li>Au programme : présentation, mise en situation de vente, entretien individuel</li>
</ul>
<p><a href="https://bricorhin.recruitee.com/o/chef-rayon-bois/confirm">Je confirme ma présence</a></p>
<p>À très bientôt,<br>L'équipe Recrutement BricoRhin</p>""",
              brand="BricoRhin", color="#c8102e")),
    # ------------------------------------------------------------------ Spanish
    M(s="albufera_inv", k="interview_invitation", l="es", co="Almacenes Albufera", ct="f",
      fr=LUCIA, ewn=("iso-8859-1", "B"), sub="Entrevista - Técnico comercial Almacenes Albufera",
      d="2026-03-26 12:10 +0100",
      b="""\
Hola, Konstantin:

Gracias por tu candidatura. Nos gustaría conocerte en una entrevista por videollamada con
nuestro director comercial, Javier Marí, y conmigo.

Fecha: jueves 9 de abril de 2026, a las 11:00 (hora peninsular)
Plataforma: Google Meet (el enlace va en la convocatoria adjunta)

Si no te viene bien, dime qué otro día te encaja.

Un saludo,
Lucía Ferrer
Responsable de Personas
Almacenes Albufera S.L. · Camí Reial 88, 46460 Silla (Valencia)
""",
      ics={"method": "REQUEST", "uid": "albufera-entrevista-0409@almacenes-albufera",
           "seq": 0, "start": "20260409T110000", "end": "20260409T120000",
           "summary": "Entrevista Konstantin Wiesinger - Técnico comercial",
           "tz": "Europe/Madrid", "loc": "Google Meet", "org": LUCIA}),
    M(s="turia_inv", k="interview_invitation", l="es", co="Carpintería Técnica Turia", ct="f",
      fr=("Vicente Llorens", "vicente.llorens@carpinteria-turia.example.es"),
      sub="RE: Candidatura presupuestista / comercial técnico", d="2026-03-02 17:45 +0100",
      cs="windows-1252", cte="quoted-printable", re="turia_ack", q="outlook",
      b="""\
Konstantin, buenas tardes:

Ya lo he hablado con mi socio. Nos gustaría hacerle una entrevista aquí en el taller el martes
17 de marzo a las 10:00. Así le enseñamos la nave y las máquinas y vemos cómo trabaja con
presupuestos de puertas y armarios a medida.

Confírmeme, por favor, si puede venir.

Atentamente,
Vicente Llorens
Gerente – Carpintería Técnica Turia
"""),
    M(s="malvarrosa_inv", k="interview_invitation", l="es", co="Cocinas Malvarrosa", ct="",
      fr=("Cocinas Malvarrosa", "no-reply@smartrecruiters.com"),
      sub="Cocinas Malvarrosa te invita a una videoentrevista", d="2026-05-06 10:00 +0200",
      h=shell("""\
<p>Hola Konstantin,</p>
<p>¡Buenas noticias! Queremos conocerte mejor para el puesto de <b>Proyectista comercial de
cocinas</b> en Valencia.</p>
<p>Te invitamos a una videoentrevista de 30 minutos con nuestra responsable de tienda. Reserva
el hueco que mejor te venga:</p>
<p><a href="https://www.smartrecruiters.com/schedule/cocinasmalvarrosa/4410">Reservar entrevista</a></p>
<p>Saludos,<br>Equipo de Selección de Cocinas Malvarrosa</p>""",
              brand="Cocinas Malvarrosa", color="#00798c")),
    M(s="talento_inv", k="interview_invitation", l="es", co="Talento Levante", ct="f",
      fr=("Raquel Soler", "raquel.soler@talentolevante.example.es"),
      sub="Entrevista para puesto de técnico comercial (ventanas PVC)", d="2026-06-02 13:20 +0200",
      cte="8bit",
      b="""\
Hola Konstantin,

Te escribo de Talento Levante ETT. Tenemos una vacante de técnico comercial para una empresa
fabricante de ventanas de PVC y aluminio en Paterna (no puedo darte todavía el nombre del
cliente).

¿Te parece bien una entrevista por teléfono conmigo el viernes 5 de junio a las 9:30? Son unos
20 minutos para conocer tu perfil y explicarte las condiciones.

Un saludo,
Raquel Soler
Consultora de selección – Talento Levante ETT
Av. del Puerto 120, 46023 València · 961 00 77 35
"""),
]
