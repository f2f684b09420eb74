// The city field of the case-study filters as a searchable list of names: the ARIA 1.2
// combobox pattern with a list box. Progressive enhancement: without this script the field is
// a text field, and the listing finds the city by the name typed.
(function () {
  "use strict";

  var DELAY_MS = 120;

  function enhance(input) {
    var url = input.getAttribute("data-suggest-url");
    var listId = input.id + "-options";
    var list = document.createElement("ul");
    var status = document.createElement("p");
    var names = [];
    var active = -1;
    var timer = null;
    var controller = null;

    list.id = listId;
    list.className = "combobox__options";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.labels && input.labels[0] ? input.labels[0].textContent : "");
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.parentNode.classList.add("combobox");
    input.parentNode.insertBefore(list, input.nextSibling);
    input.parentNode.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("autocomplete", "off");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      var options = list.querySelectorAll("[role=option]");
      options.forEach(function (option, position) {
        option.setAttribute("aria-selected", position === index ? "true" : "false");
      });
      active = index;
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    }

    function choose(index) {
      input.value = names[index];
      close();
    }

    function render(cities) {
      names = cities.map(function (city) {
        return city.name;
      });
      list.textContent = "";
      cities.forEach(function (city, index) {
        var option = document.createElement("li");
        var country = document.createElement("span");
        option.id = listId + "-" + index;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = city.name + " ";
        country.className = "combobox__detail";
        country.textContent = city.country;
        option.appendChild(country);
        option.addEventListener("mousedown", function (event) {
          // Keeps the focus in the field.
          event.preventDefault();
          choose(index);
        });
        list.appendChild(option);
      });
      active = -1;
      input.removeAttribute("aria-activedescendant");
      list.hidden = !cities.length;
      input.setAttribute("aria-expanded", cities.length ? "true" : "false");
      status.textContent = cities.length
        ? input.getAttribute("data-count-label").replace("%s", cities.length)
        : input.getAttribute("data-none-label");
    }

    function fetchCities() {
      var query = input.value.trim();
      if (!query) {
        render([]);
        status.textContent = "";
        return;
      }
      if (controller) {
        controller.abort();
      }
      controller = new AbortController();
      fetch(url + "?q=" + encodeURIComponent(query), {
        headers: { Accept: "application/json" },
        signal: controller.signal,
      })
        .then(function (response) {
          return response.ok ? response.json() : { cities: [] };
        })
        .then(function (data) {
          render(data.cities || []);
        })
        .catch(function () {});
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchCities, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      var open = !list.hidden && names.length;
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (!open) {
          fetchCities();
        } else if (!event.altKey) {
          highlight((active + 1) % names.length);
        }
      } else if (event.key === "ArrowUp" && open) {
        event.preventDefault();
        highlight(active <= 0 ? names.length - 1 : active - 1);
      } else if (event.key === "Enter" && open && active >= 0) {
        // Chooses the city; a second Enter submits the filters.
        event.preventDefault();
        choose(active);
      } else if (event.key === "Escape" && open) {
        event.preventDefault();
        close();
      }
    });

    input.addEventListener("blur", function () {
      window.setTimeout(close, 100);
    });
  }

  document.querySelectorAll("input.city-combobox[data-suggest-url]").forEach(enhance);
})();
