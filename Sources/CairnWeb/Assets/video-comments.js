// Cairn video comments: comment at the current moment of a video, and go to a comment's moment.
//
// A comment form (form.video-comment-form) carries its video's element id in
// data-video on its player actions; the script shows them and wires:
//   - "Comment at current time" (.video-comment__at-time), or the key C while the video or that
//     button has focus: pauses the video, fills the form's start field with the current time in
//     seconds and moves focus to the comment text;
//   - "Mark end" (.video-comment__mark-end), or the key E there: fills the end field (a span).
// Every page with comments: a time button (.video-comment__seek, data-seek in seconds, data-video)
// moves its video to that moment, plays it and gives it focus; so does a tap (or click) on a
// comment's text (.video-comment__text), unless it selected some of it.
// Without JavaScript the start and end fields are typed by hand ("1:05" or seconds).
(function () {
  "use strict";

  function videoFor(element) {
    var id = element.getAttribute("data-video");
    var video = id ? document.getElementById(id) : null;
    return video && video.tagName === "VIDEO" ? video : null;
  }

  function seconds(video) {
    return String(Math.round(video.currentTime * 10) / 10);
  }

  function commentAt(form, video) {
    video.pause();
    var start = form.querySelector('input[name="start"]');
    var end = form.querySelector('input[name="end"]');
    if (start) start.value = seconds(video);
    if (end) end.value = "";
    var text = form.querySelector('textarea[name="text"]');
    if (text) text.focus();
  }

  function markEnd(form, video) {
    var end = form.querySelector('input[name="end"]');
    if (end) end.value = seconds(video);
  }

  function wire(form) {
    var actions = form.querySelector(".video-comment-form__player-actions");
    if (!actions) return;
    var video = videoFor(actions);
    if (!video) return;
    actions.hidden = false;
    var at = actions.querySelector(".video-comment__at-time");
    var end = actions.querySelector(".video-comment__mark-end");
    at.addEventListener("click", function () { commentAt(form, video); });
    end.addEventListener("click", function () { markEnd(form, video); });
    function onKey(event) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      var key = event.key.toLowerCase();
      if (key === "c") { event.preventDefault(); commentAt(form, video); }
      else if (key === "e") { event.preventDefault(); markEnd(form, video); }
    }
    video.addEventListener("keydown", onKey);
    at.addEventListener("keydown", onKey);
  }

  function seek(button) {
    var video = videoFor(button);
    if (!video) return;
    var moment = parseFloat(button.getAttribute("data-seek"));
    if (isNaN(moment)) return;
    video.currentTime = moment;
    video.focus();
    var playing = video.play();
    if (playing && typeof playing.catch === "function") playing.catch(function () { /* autoplay refused: the video is at the moment */ });
  }

  document.addEventListener("click", function (event) {
    if (!event.target.closest) return;
    var button = event.target.closest(".video-comment__seek");
    if (button) { event.preventDefault(); seek(button); return; }
    var text = event.target.closest(".video-comment__text");
    var comment = text ? text.closest(".video-comment") : null;
    var selection = window.getSelection ? String(window.getSelection()) : "";
    if (comment && !selection) {
      var seekButton = comment.querySelector(".video-comment__seek");
      if (seekButton) seek(seekButton);
    }
  });

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("form.video-comment-form"), wire);
    Array.prototype.forEach.call(document.querySelectorAll("ol.video-comments"), function (list) {
      list.classList.add("video-comments--tappable");
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
